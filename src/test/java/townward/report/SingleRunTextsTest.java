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
}
