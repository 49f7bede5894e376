package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townward.people.Persons;
import townward.scenario.Scenario;
import townward.scenario.ScenarioLoader;

/**
 * College and graduates (MODEL.md 10.3, 5.8; docs/MODEL.md 14.14): senior pupils finishing at 18 enter at
 * college_entry, study where the college is (the region's seats with college_local_share while free, else the
 * systems), counted there and never more than the seats, and do not work; college_expansion adds seats the region's
 * entrants take; graduate_retention pays graduates who stay at the region's places and books the payments.
 */
class CollegeTest {
    static final String EXPANSION = """
              - lever: college_expansion
                places: [Qinghe County Seat]
                from: 2025
                to: 2030
                seats_per_year: 100
            """;
    static final String RETENTION = """
              - lever: graduate_retention
                from: 2025
                payment: 30000
            """;

    @TempDir
    Path dir;

    /** The example with {@code seats} college seats at the county seat and these levers. */
    Path example(int seats, String levers) throws Exception {
        String text = Files.readString(Runs.EXAMPLE)
                .replace("senior: 1500, open_enrolment: false}", "senior: 1500, college: " + seats + ", open_enrolment: false}")
                .replace("\ntargets:", "\n" + levers + "\ntargets:")
                .replace("calibration/behaviour.yaml", Path.of("calibration/behaviour.yaml").toAbsolutePath().toString());
        return Files.writeString(dir.resolve("college-" + seats + "-" + Math.abs(levers.hashCode()) + ".yaml"), text);
    }

    @Test
    void studentsLiveWhereTheyStudyWithinTheSeats() throws Exception {
        Runs.Metrics m = new Runs.Metrics();
        Simulation.run(ScenarioLoader.load(example(600, ""), List.of()), 1, m, r -> {
            Persons p = r.persons;
            int atSeat = 0;
            int outside = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.studying(i)) {
                    assertTrue(p.apart(i) && !p.holdsPost(i), "a student lives apart and holds no post");
                    atSeat += r.isSystem(p.alone(i)) ? 0 : 1;
                    outside += r.isSystem(p.alone(i)) ? 1 : 0;
                    assertTrue(r.isSystem(p.alone(i)) || p.alone(i) == 0, "students in the region are at the seats");
                }
            }
            assertTrue(atSeat <= r.college.seats(0), r.year + ": " + atSeat + " students on " + r.college.seats(0));
            // counted as residents where they study: the census puts them at the county seat, not at home
            assertTrue(Census.take(r).atSettlement[0] >= atSeat, "students among the county seat's residents");
            if (r.year > 2024) {
                assertEquals(atSeat, m.region(r.year, "students"), 1e-9);
                assertEquals(outside, m.region(r.year, "students_outside"), 1e-9);
            }
        });
        // measured (seed of the example, scale 1): 243 entrants to the seats in 2025, 600 (full) from 2027 on;
        // 1,538 students at the systems in 2029, 2,104 in 2035; 465 graduates in 2029
        assertEquals(600, m.region(2030, "students"), 1e-9, "the seats fill and bind");
        assertTrue(m.region(2025, "college_entrants_local") > 150, "about half the entrants take the free seats");
        assertTrue(m.region(2035, "students_outside") > 1000);
        assertEquals(0, m.region(2028, "graduates"), 1e-9, "none graduate before four years of study");
        assertTrue(m.region(2029, "graduates") > 300);
    }

    @Test
    void entrantsFollowTheEntryRate() throws Exception {
        // senior pupils who turned 18 this year (after the college step they are students or not)
        double[] n = new double[2];
        Simulation.run(ScenarioLoader.load(example(0, ""), List.of()), 1, new Runs.Metrics(), r -> {
            Persons p = r.persons;
            for (int i = 0; i < p.size(); i++) {
                if (p.age(i) == 18 && p.is(i, Persons.SENIOR_PUPIL) && !p.is(i, Persons.EVER_MARRIED) && r.year > 2024) {
                    n[0]++;
                    n[1] += p.studying(i) ? 1 : 0;
                }
            }
        });
        double rate = n[1] / n[0];
        double se = Math.sqrt(0.6 * 0.4 / n[0]);
        // college_entry defaults to 0.4 in 2010 and 0.6 in 2020: 0.6 from 2020 on
        assertTrue(n[0] > 3000, "completers " + n[0]);
        assertEquals(0.6, rate, 4 * se, "entry rate over " + n[0] + " completers");
        Runs.Metrics low = Runs.run(ScenarioLoader.load(example(0, ""), List.of("demography.college_entry={2020: 0.2}")));
        Runs.Metrics base = Runs.run(ScenarioLoader.load(example(0, ""), List.of()));
        double ratio = low.cumulative(Recording.REGION, "college_entrants") / base.cumulative(Recording.REGION, "college_entrants");
        assertEquals(1 / 3.0, ratio, 0.05, "a third of the entry rate, a third of the entrants");
    }

    @Test
    void collegeExpansionRaisesStudentsInTheRegion() throws Exception {
        Runs.Metrics off = Runs.run(ScenarioLoader.load(example(0, ""), List.of()));
        Runs.Metrics on = Runs.run(ScenarioLoader.load(example(0, EXPANSION), List.of()));
        assertEquals(0, off.region(2030, "students"), 1e-9, "no seats, nobody studies in the region");
        // 100 seats a year for six years, half open to the region's entrants: 300 seats, all taken (entrants
        // wanting them: about 250 a year)
        assertEquals(300, on.region(2030, "students"), 1e-9, "the region's new seats fill");
        assertTrue(on.region(2030, "students_outside") < off.region(2030, "students_outside") - 200,
                "students who would have gone to the systems study at home: " + on.region(2030, "students_outside")
                        + " against " + off.region(2030, "students_outside"));
        assertEquals(100 * 50000.0, on.region(2027, "cost_college_expansion"), 1e-6, "100 seats at 50,000 yuan");
        assertEquals(0, on.region(2031, "cost_college_expansion"), 1e-9, "no seats after the lever's years");
    }

    private static List<Runs.Metrics> seeds(Path file, int n) {
        return Runs.seeds(file, n, 2000, List.of("scale=0.5"));
    }

    private static double mean(List<Runs.Metrics> runs, String metric) {
        return Runs.meanCumulative(runs, metric);
    }

    @Test
    void graduateRetentionRaisesGraduatesSettlingInTheRegion() throws Exception {
        List<Runs.Metrics> off = seeds(example(600, ""), 3);
        List<Runs.Metrics> on = seeds(example(600, RETENTION), 3);
        double settledOff = mean(off, "graduates_settled_region");
        double settledOn = mean(on, "graduates_settled_region");
        assertTrue(settledOn > settledOff * 1.1, "graduates settled with the lever " + settledOn + ", without " + settledOff);
        assertTrue(mean(on, "graduates_apart_region") > mean(off, "graduates_apart_region"));
        for (Runs.Metrics m : on) {
            assertEquals(30000 * m.cumulative(Recording.REGION, "graduates_retained"),
                    m.cumulative(Recording.REGION, "cost_graduate_retention"), 1e-3, "30,000 yuan per graduate paid");
        }
        assertEquals(0, mean(off, "graduates_retained"), 1e-9);
        System.out.printf("retention: settled %.0f -> %.0f, apart in region %.0f -> %.0f, paid %.0f, cost %.0f%n",
                settledOff, settledOn, mean(off, "graduates_apart_region"), mean(on, "graduates_apart_region"),
                mean(on, "graduates_retained"), mean(on, "cost_graduate_retention"));
    }

    @Test
    void oneAndThreeThreadsGiveIdenticalMetrics() throws Exception {
        Scenario s = ScenarioLoader.load(example(600, EXPANSION + RETENTION), List.of("end_year=2031"));
        assertEquals(DeterminismTest.csv(s, 1), DeterminismTest.csv(s, 3));
    }
}
