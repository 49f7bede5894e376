package townward.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorTest {

    @Test
    void rangeGivesExactDecimalLevels() {
        Factor f = Factor.parse("policies[0].share=0.1:0.3:0.05");
        assertEquals("policies[0].share", f.path());
        assertEquals(List.of(Double.parseDouble("0.1"), Double.parseDouble("0.15"), Double.parseDouble("0.2"),
                Double.parseDouble("0.25"), Double.parseDouble("0.3")), f.values());
        assertEquals(0.1, f.low());
        assertEquals(0.3, f.high());
    }

    @Test
    void rangeSumsDecimallyNotInBinary() {
        // 0.1 + 0.1 + 0.1 in doubles is 0.30000000000000004; the decimal arithmetic gives 0.3
        Factor f = Factor.parse("x=0:0.3:0.1");
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3), f.values());
        assertEquals("[0.0, 0.1, 0.2, 0.3]", f.values().toString());
    }

    @Test
    void rangeStopsBeforeToWhenStepDoesNotDivide() {
        Factor f = Factor.parse("x=0:1:0.3");
        assertEquals(List.of(0.0, 0.3, 0.6, 0.9), f.values());
        assertEquals(0.0, f.low());
        assertEquals(1.0, f.high());
    }

    @Test
    void rangeIncludesToWithinToleranceAndClampsIt() {
        // 3 * 0.3333333334 = 1.0000000002, above TO by 2e-10 < 1e-9 * STEP
        Factor f = Factor.parse("x=0:1:0.3333333334");
        assertEquals(List.of(0.0, 0.3333333334, 0.6666666668, 1.0), f.values());
        // beyond the tolerance, TO is not reached
        assertEquals(3, Factor.parse("x=0:1:0.334").values().size());
    }

    @Test
    void rangeWithNegativesExponentsAndBlanks() {
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), Factor.parse(" a.b = -1 : 1 : 0.5 ").values());
        assertEquals(List.of(0.001, 0.002, 0.003), Factor.parse("x=1e-3:3e-3:1e-3").values());
        assertEquals(List.of(2.0), Factor.parse("x=2:2:1").values());
    }

    @Test
    void listKeepsOrderAndTakesMinMax() {
        Factor f = Factor.parse("towns[2].rent=3,1.5,2");
        assertEquals("towns[2].rent", f.path());
        assertEquals(List.of(3.0, 1.5, 2.0), f.values());
        assertEquals(1.5, f.low());
        assertEquals(3.0, f.high());
        Factor one = Factor.parse("x=0.7");
        assertEquals(List.of(0.7), one.values());
        assertEquals(0.7, one.low());
        assertEquals(0.7, one.high());
    }

    @Test
    void boundsOnly() {
        Factor f = Factor.parse("x=-0.5:2.5");
        assertEquals(-0.5, f.low());
        assertEquals(2.5, f.high());
        assertEquals(List.of(-0.5, 2.5), f.values());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x                | invalid factor spec \"x\": expected PATH=FROM:TO:STEP, PATH=FROM:TO or PATH=v1,v2,...",
        "=1:2:1           | invalid factor spec \"=1:2:1\": empty path before '='",
        "'  =1,2'         | invalid factor spec \"  =1,2\": empty path before '='",
        "x=               | invalid factor spec \"x=\": no values after '='; expected FROM:TO:STEP, FROM:TO or v1,v2,...",
        "x=0.1:0.3:0      | invalid factor spec \"x=0.1:0.3:0\": STEP must be > 0, got 0",
        "x=0.1:0.3:-0.05  | invalid factor spec \"x=0.1:0.3:-0.05\": STEP must be > 0, got -0.05",
        "x=0.3:0.1:0.05   | invalid factor spec \"x=0.3:0.1:0.05\": FROM must be <= TO, got 0.3 > 0.1",
        "x=2:1            | invalid factor spec \"x=2:1\": bounds FROM:TO need FROM < TO, got 2 >= 1",
        "x=1:1            | invalid factor spec \"x=1:1\": bounds FROM:TO need FROM < TO, got 1 >= 1",
        "x=a:1:0.1        | invalid factor spec \"x=a:1:0.1\": 'a' is not a number",
        "x=0:1:0.1:2      | invalid factor spec \"x=0:1:0.1:2\": expected FROM:TO:STEP or FROM:TO, got 4 parts separated by ':'",
        "x=0::0.1         | invalid factor spec \"x=0::0.1\": missing number (empty field)",
        "x=NaN            | invalid factor spec \"x=NaN\": 'NaN' is not a number",
        "x=Infinity:1     | invalid factor spec \"x=Infinity:1\": 'Infinity' is not a number",
        "x=1e400,1        | invalid factor spec \"x=1e400,1\": '1e400' is out of the range of a double",
        "'x=1,,2'         | invalid factor spec \"x=1,,2\": missing number (empty field)",
        "'x=1,two'        | invalid factor spec \"x=1,two\": 'two' is not a number",
        "'x=1,0.5,1.0'    | invalid factor spec \"x=1,0.5,1.0\": duplicate level 1.0",
        "'x=0:1:1,2'      | invalid factor spec \"x=0:1:1,2\": '0:1:1' is not a number",
        "x=0:1:1e-7       | invalid factor spec \"x=0:1:1e-7\": more than 1000000 levels; use a larger STEP",
    })
    void errorsNameTheSpecAndWhatWasExpected(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Factor.parse(spec));
        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void nullSpecIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Factor.parse(null));
    }

    @Test
    void constructorChecksInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Factor(" ", 0, 1, List.of(0.0)));
        assertThrows(IllegalArgumentException.class, () -> new Factor("x", 1, 0, List.of(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new Factor("x", 0, 1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Factor("x", 0, 1, List.of(2.0)));
        assertThrows(IllegalArgumentException.class, () -> new Factor("x", 0, 1, List.of(0.5, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> new Factor("x", 0, Double.NaN, List.of(0.0)));
        assertThrows(UnsupportedOperationException.class,
                () -> new Factor("x", 0, 1, new java.util.ArrayList<>(List.of(0.0))).values().add(1.0));
    }
}
