package townward.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import townward.scenario.Demography;

class CensusMortalityTest {

    private static Demography demography(double factor, double decline) {
        return new Demography(1.44, 0.98, factor, decline, 1, 0.55, 0.1, 0.9);
    }

    private static double crudeDeathRate(CensusMortality m, int year) {
        double[] shares = CensusPyramid.shares(year);
        double rate = 0;
        for (int g = 0; g < shares.length; g++) {
            rate += shares[g] * m.rate(g);
        }
        return rate;
    }

    @Test
    void theCensusYearGivesTheCensusRates() {
        CensusMortality m = new CensusMortality(demography(1, 0.02), 2000);
        assertEquals(0.01479, m.rate(12), 1e-12, "60-64 in the 2000 census");
        assertEquals(0.181, m.rate(CensusPyramid.GROUPS - 1), 1e-12, "85+");
        // on the 2000 pyramid: the census reported 5.92 per mille, the official rate was 6.45
        assertEquals(0.0062, crudeDeathRate(m, 2000), 0.0003);
        assertEquals(0.0394, m.elderly(), 0.001, "60+ mean on the 2000 pyramid");
        assertTrue(m.child() < m.adult() && m.adult() < m.elderly());
    }

    @Test
    void ratesFallAfter2000AndScaleWithTheFactor() {
        CensusMortality y2000 = new CensusMortality(demography(1, 0.02), 2000);
        CensusMortality y2020 = new CensusMortality(demography(1, 0.02), 2020);
        assertEquals(Math.pow(0.98, 20), y2020.rate(14) / y2000.rate(14), 1e-9);
        // the pyramid ages while the rates fall: crude rate about 7 per mille in 2020 (official 7.07)
        assertEquals(0.0070, crudeDeathRate(y2020, 2020), 0.0004);
        CensusMortality half = new CensusMortality(demography(0.5, 0.02), 2000);
        assertEquals(y2000.elderly() / 2, half.elderly(), 1e-12);
        assertEquals(1.0, new CensusMortality(demography(10, 0), 2000).rate(CensusPyramid.GROUPS - 1),
                "a rate is a probability: at most 1");
    }
}
