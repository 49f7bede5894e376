package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.people.Fertility;
import townward.people.LifeCourse;
import townward.people.Persons;
import townward.place.Settlement;
import townward.scenario.Scenario;

/** Births follow total fertility by the mother's age, and the crude rates come out plausible. */
class DemographyRatesTest {

    private static double expectedBirths(Region r, double tfr) {
        Persons p = r.persons;
        double births = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.female(i)) {
                births += Fertility.rate(tfr, LifeCourse.ageGroup(p.age(i)));
            }
        }
        births /= r.scale();
        for (Settlement s : r.settlements) {
            for (int g = 0; g < LifeCourse.ageGroup(120) + 1; g++) {
                births += s.cohorts.women(g) * Fertility.rate(tfr, g);
            }
        }
        return births;
    }

    @Test
    void birthsAreTotalFertilitySpreadOverTheMothersAges() {
        for (double tfr : new double[] {1.0, 2.0}) {
            Scenario s = Runs.example("end_year=2029", "demography.tfr_rural=" + tfr, "demography.tfr_urban=" + tfr);
            double[] expected = new double[2031];
            Runs.Metrics m = new Runs.Metrics();
            Simulation.run(s, 1, m, r -> expected[r.year + 1] = expectedBirths(r, tfr));
            double births = 0;
            double predicted = 0;
            for (int y = 2026; y <= 2029; y++) {
                births += m.region(y, "births");
                predicted += expected[y];
            }
            // the women's ages move on and some die before they give birth; chance is about 2 % here
            assertEquals(predicted, births, 0.08 * predicted, "births 2026-2029 at total fertility " + tfr);
        }
    }

    @Test
    void theExampleGrowsNaturallyAtAPlausiblePace() {
        Runs.Metrics m = Runs.run(Runs.example("end_year=2026"));
        double people = m.region(2025, "residents") + m.region(2025, "population_outside");
        double cbr = m.region(2026, "births") / people;
        double cdr = m.region(2026, "deaths") / people;
        // China 2023: 6.4 births and 7.9 deaths per thousand (NBS); a rural county a little older and more fertile
        assertTrue(cbr > 0.004 && cbr < 0.012, "crude birth rate " + cbr);
        assertTrue(cdr > 0.005 && cdr < 0.014, "crude death rate " + cdr);
    }
}
