package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTableTest {

    @Test
    void aSingleReplicationSaysItsVerdictIsOneDraw() {
        TargetTable t = new TargetTable(1);
        t.add(new TargetTable.Line("s", "region", "urbanization_rate", 2030, 0.6, 1, 0.61, 0.61, 0.61));
        assertTrue(t.text().endsWith("one replication: met or missed is a single draw of the model; use --runs 10 "
                + "or more for a verdict with its 90 % band\n"), t.text());
        assertTrue(t.markdown().contains("one replication: met or missed is a single draw"), t.markdown());
        assertTrue(t.text().contains(" met\n"), t.text());
    }

    @Test
    void severalReplicationsShowTheBandAndSayWhenItCrossesTheTarget() {
        TargetTable t = new TargetTable(10);
        t.add(new TargetTable.Line("s", "region", "urbanization_rate", 2030, 0.6, 10, 0.601, 0.595, 0.607));
        t.add(new TargetTable.Line("s", "region", "urbanization_rate", 2035, 0.6, 10, 0.65, 0.64, 0.66));
        String text = t.text();
        assertTrue(text.contains("59.5% - 60.7%  +0.1 pts  met, band crosses target\n"), text);
        assertTrue(text.contains("64.0% - 66.0%  +5.0 pts  met\n"), text);
        assertTrue(text.endsWith("projected: mean of 10 replications; 5-95 %: the 90 % band across them; met when "
                + "the mean reaches the target\n"), text);
    }

    @Test
    void csvHasNoFractionalPeopleOrFloatingNoise() {
        TargetTable t = new TargetTable(4);
        t.add(new TargetTable.Line("s", "Dongshan", "population", 2030, 60000, 4, 59055.75000000001, 58000.25,
                60100.5));
        t.add(new TargetTable.Line("s", "region", "urbanization_rate", 2030, 0.6, 4, 0.6000000000000001,
                0.59, 0.61));
        assertEquals("scenario,place,metric,year,target,runs,projected,p05,p95,gap,met\n"
                + "s,Dongshan,population,2030,60000,4,59056,58000,60100,-944,false\n"
                + "s,region,urbanization_rate,2030,0.6,4,0.6,0.59,0.61,0,true\n", t.csv());
    }
}
