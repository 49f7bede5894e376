package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import townward.cli.Main;

/** {@code townward gui} fails like {@code run} on bad input, before any window opens. */
class GuiCommandTest {

    static String[] exec(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void listsItsOptions() {
        String[] r = exec("gui", "--help");
        assertEquals("0", r[0]);
        for (String option : new String[] {"--seed", "--scale", "--years", "--threads", "--set"}) {
            assertTrue(r[1].contains(option), option + " in " + r[1]);
        }
    }

    @Test
    void anInvalidScenarioFailsWithItsErrors() {
        String[] missing = exec("gui", "scenarios/no-such.yaml");
        assertEquals("1", missing[0]);
        assertTrue(missing[2].contains("no such file"), missing[2]);
        String[] bad = exec("gui", "scenarios/example.yaml", "--set", "policies[3].share=2");
        assertEquals("1", bad[0]);
        assertTrue(bad[2].contains("policies[3].share"), bad[2]);
    }
}
