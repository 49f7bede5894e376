package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A single run is said to be one, never "1 次重复运行", and claims no band it does not have. */
class SingleRunTextsTest {

    @BeforeAll
    static void make() {
        ReportFixtures.make();
    }

    @Test
    void replicationsAreCountedInEachLanguage() {
        assertEquals("单次运行", ChartContext.replications(1, Lang.ZH));
        assertEquals("one run", ChartContext.replications(1, Lang.EN));
        assertEquals("4 次重复运行 / 4 replications", ChartContext.replications(4, Lang.BOTH));
    }

    @Test
    void theSingleRunsTrajectoryClaimsNoBand() throws Exception {
        String run = Files.readString(ReportFixtures.report("run").resolve("report.html"));   // one run, English
        assertTrue(run.contains("projected (one run, no band)"), "legend of a single run");
        assertFalse(run.contains("5-95 % band"), "no band claimed");
        assertFalse(run.contains("1 replication"), "one run, not 1 replication");
        String batch = Files.readString(ReportFixtures.report("batch").resolve("report.html"));
        assertTrue(batch.contains("4 次重复运行 / 4 replications"), "each half with its count");
    }

    @Test
    void oneTermForHukouAndOneForSchooling() throws Exception {
        for (String folder : java.util.List.of("batch", "sobol")) {
            StringBuilder all = new StringBuilder(Files.readString(ReportFixtures.report(folder).resolve("report.html")));
            try (var tables = Files.list(ReportFixtures.report(folder).resolve(Report.TABLES))) {
                for (java.nio.file.Path t : tables.toList()) {
                    all.append(Files.readString(t));
                }
            }
            assertFalse(all.toString().contains("户口"), folder + ": 户籍, not 户口");
            assertFalse(all.toString().contains("上学"), folder + ": 就学, not 上学");
            assertTrue(all.toString().contains("户籍") && all.toString().contains("就学"), folder);
        }
    }
}
