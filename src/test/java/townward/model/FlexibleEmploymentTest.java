package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flexible_employment (随迁家长灵活就业, MODEL.md 4): jobs reserved for the carers of accompanied pupils who earn
 * nothing in town raise the income of moving with the children, so more families bring them to town; a job is
 * never held beyond the stock, and each carer employed is paid for while the lever runs.
 */
class FlexibleEmploymentTest {
    private static final int SEEDS = 4;
    private static final int LAST = 2030;

    @TempDir
    Path dir;

    private Path withJobs(int jobs) throws Exception {
        String lever = """
                  - lever: flexible_employment
                    from: 2025
                    to: 2028
                    places: [Dongshan, Qinghe County Seat]
                    jobs_per_year: %d
                    subsidy_per_worker: 3000
                """.formatted(jobs);
        String text = Files.readString(Runs.EXAMPLE).replace("\ntargets:", "\n" + lever + "\ntargets:");
        Path file = dir.resolve("flexible-" + jobs + ".yaml");
        Files.writeString(file, text);
        Files.copy(Path.of("calibration/behaviour.yaml"), dir.resolve("behaviour.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void reservedJobsBringCarersAndChildrenToTown() throws Exception {
        List<String> sets = List.of("end_year=" + LAST, "behaviour_file=behaviour.yaml");
        List<Runs.Metrics> base = Runs.seeds(withJobs(0), SEEDS, 11, sets);
        List<Runs.Metrics> jobs = Runs.seeds(withJobs(400), SEEDS, 11, sets);
        double children = 0;
        double urban = 0;
        for (int k = 0; k < SEEDS; k++) {
            Runs.Metrics b = base.get(k);
            Runs.Metrics j = jobs.get(k);
            assertEquals(0, b.region(LAST, "flexible_workers"));
            for (int year = 2025; year <= LAST; year++) {
                double held = j.region(year, "flexible_workers");
                assertTrue(held <= j.region(year, "flexible_jobs"), year + ": " + held + " carers in reserved jobs");
                for (String place : List.of("Dongshan", "Qinghe County Seat", "Xipo")) {
                    assertTrue(j.get(year, place, "flexible_workers") <= j.get(year, place, "flexible_jobs"));
                }
                double cost = j.region(year, "cost_flexible_employment");
                assertEquals(year <= 2028 ? 3000 * held : 0, cost, 1e-6 * (1 + cost), year + ": the subsidy");
            }
            assertEquals(0, j.get(LAST, "Xipo", "flexible_jobs"), "no jobs where the lever does not reach");
            assertEquals(1600, j.get(LAST, "Dongshan", "flexible_jobs"), 0.5, "the stock outlasts the lever");
            assertTrue(j.region(LAST, "flexible_workers") > 100, "carers take the jobs");
            children += j.region(LAST, "accompanying_children") - b.region(LAST, "accompanying_children");
            urban += j.region(LAST, "urban_residents") - b.region(LAST, "urban_residents");
        }
        children /= SEEDS;
        urban /= SEEDS;
        assertTrue(children > 20, "accompanied children gained, mean of " + SEEDS + " seeds: " + children);
        assertTrue(urban > 20, "urban residents gained, mean of " + SEEDS + " seeds: " + urban);
    }
}
