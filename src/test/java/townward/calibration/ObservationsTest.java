package townward.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationsTest {

    @Test
    void startPopulationIsTheRowOrTheLineBetweenRows(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("urbanization.csv");
        Files.writeString(csv, """
                region,year,urban_rate_pct,total_pop_wan,basis,note,source
                Jilin,2000,,2680.22,census,,x
                Jilin,2005,52.50,,first published,,x
                Jilin,2010,53.30,2745.28,census,,x
                Yueyang,2000,31.11,501.14,census,,x
                """);
        Observations o = Observations.load(csv);
        assertEquals(2712.75, o.populationAt("Jilin", 2005), 1e-9);
        assertEquals(2686.726, o.populationAt("Jilin", 2001), 1e-9);
        assertEquals(501.14, o.populationAt("Yueyang", 2000), 1e-12);
        assertNull(o.populationAt("Yueyang", 2005), "no row after 2000 to interpolate towards");
        assertNull(o.populationAt("Jilin", 2012), "no extrapolation");
    }

    @Test
    void aPopulationPointComparesGrowthSinceTheStart() {
        FitPoint p = new FitPoint(0, 2010, FitPoint.Kind.POPULATION, 2745.28, 2712.75);
        assertEquals(2745.28, p.simulated(2745.28 / 2712.75), 1e-9);
        assertEquals(0, p.residual(2745.28 / 2712.75), 1e-9);
        assertEquals(1.0, p.residual(2745.28 * 1.01 / 2712.75), 1e-9, "1 % more growth is +1 %");
    }

    @Test
    void theCrossProvinceSharesAreReadFromTheMigrantWorkersRowsBeside(@TempDir Path dir)
            throws Exception {
        Path csv = Files.writeString(dir.resolve("urbanization.csv"),
                "region,year,urban_rate_pct,total_pop_wan,source\nChina,2010,49.95,,x\n");
        Files.writeString(dir.resolve("migrant_workers.csv"), """
                indicator,region,year,value,unit,note,source
                cross_province_share_of_outside,China,2013,46.6,%,"a note, with a comma",x
                cross_province_share_of_outside,Northeast (origin),2017,23.6,%,n,x
                outside_migrants,China,2013,16610,10k persons,n,x
                """);
        Observations o = Observations.load(csv);
        assertEquals(0.466, o.crossProvinceShare("China", 2013), 1e-15);
        assertEquals(0.236, o.crossProvinceShare("Northeast (origin)", 2017), 1e-15);
        assertNull(o.crossProvinceShare("China", 2010));
        FitPoint p = new FitPoint(0, 2013, FitPoint.Kind.CROSS_PROVINCE, 0.466, Double.NaN);
        assertEquals(-2.0, p.residual(0.446), 1e-9, "two points under the share");
    }
}
