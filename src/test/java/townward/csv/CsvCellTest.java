package townward.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void guardsEveryFormulaStartOwaspLists() {
        assertEquals("\"'=cmd|' /C calc'!A0\"", CsvCell.quote("=cmd|' /C calc'!A0"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"", CsvCell.quote("=HYPERLINK(\"http://x\",\"a\")"));
        assertEquals("\"'+SUM(A1:A2)\"", CsvCell.quote("+SUM(A1:A2)"));
        assertEquals("\"'-2+3+cmd|' /C calc'!A0\"", CsvCell.quote("-2+3+cmd|' /C calc'!A0"));
        assertEquals("\"'@SUM(A1)\"", CsvCell.quote("@SUM(A1)"));
        assertEquals("\"'\tx\"", CsvCell.quote("\tx"));
        assertEquals("\"'\rx\"", CsvCell.quote("\rx"));
        assertEquals("\"''already\"", CsvCell.quote("'already"));
    }

    @Test
    void leavesPlainTextAndNumbersAsTheyWere() {
        assertEquals("Dongshan", CsvCell.quote("Dongshan"));
        assertEquals("\"Dong,shan\"", CsvCell.quote("Dong,shan"));
        assertEquals("-1.5", CsvCell.quote("-1.5"));
        assertEquals("\"-1,234.5\"", CsvCell.quote("-1,234.5"));
        assertEquals("+12 %", CsvCell.quote("+12 %"));
        assertEquals("-1.5E-7", CsvCell.quote("-1.5E-7"));
        assertEquals("a=b", CsvCell.quote("a=b"));
        assertEquals("", CsvCell.quote(""));
        assertEquals("", CsvCell.quote(null));
    }

    @Test
    void splitGivesBackExactlyWhatWasQuoted() {
        List<String> texts = List.of("=cmd|' /C calc'!A0", "'already", "''two", "-1.5", "-x", "Dong,shan", "a\"b",
                "plain", "@", "'", "line\nbreak", "'=both", "");
        String record = String.join(",", texts.stream().map(CsvCell::quote).toList());
        assertEquals(texts, CsvCell.split(record));
    }
}
