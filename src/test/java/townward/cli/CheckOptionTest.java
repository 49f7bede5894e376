package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckOptionTest {

    @TempDir
    Path tmp;

    @Test
    void runCheckPassesASoundRunAndFailsAnImpossibleOne() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("demo.yaml"), "name: demo\n");
        CliHarness.Result ok = CliHarness.exec(new Main(CliHarness.fakeModel(), CliHarness.fakeLoader(),
                tmp.resolve("r")), "run", scenario.toString(), "--check");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.err().contains("check: persons conserved every year"), ok.err());

        ScenarioRunner impossible = (s, threads, sink) -> {
            CliHarness.fakeModel().run(s, threads, sink);
            sink.record(s.endYear(), "Dongshan", "price", -4e19);
        };
        CliHarness.Result bad = CliHarness.exec(new Main(impossible, CliHarness.fakeLoader(), tmp.resolve("r")),
                "run", scenario.toString(), "--check");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("townward: check: 2026 Dongshan price is negative (-4.0E19)"), bad.err());
        assertTrue(bad.err().contains("check failed: 1 problem(s); the results are in"), bad.err());
    }
}
