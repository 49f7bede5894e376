package townward.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --excel}: BOM copies for spreadsheets, opened in a real client (LibreOffice's headless Calc). */
class ExcelCopiesTest {

    @TempDir
    Path tmp;

    static ScenarioRunner chinesePlaces() {
        return (s, threads, sink) -> {
            for (int y = s.startYear(); y <= s.endYear(); y++) {
                sink.record(y, "region", "urbanization_rate", 0.5);
                sink.record(y, "东山镇", "population", 1500);
            }
        };
    }

    Path run(boolean excel) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: demo\n");
        Path out = tmp.resolve(excel ? "with" : "without");
        CliHarness.Result r = CliHarness.exec(new Main(chinesePlaces(), CliHarness.fakeLoader(), tmp.resolve("r")),
                excel ? new String[]{"run", scenario.toString(), "--out", out.toString(), "--excel"}
                        : new String[]{"run", scenario.toString(), "--out", out.toString()});
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void theCopyIsTheMetricsWithAByteOrderMarkAndTheOriginalStaysWithout() throws Exception {
        Path out = run(true);
        byte[] original = Files.readAllBytes(out.resolve("metrics.csv"));
        byte[] copy = Files.readAllBytes(out.resolve("excel/metrics.csv"));
        assertEquals('y', original[0]);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(copy, 3));
        assertArrayEquals(original, Arrays.copyOfRange(copy, 3, copy.length));
        assertTrue(Files.notExists(run(false).resolve("excel")), "only with --excel");
    }

    @Test
    void aBatchCopiesItsSummary() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "name: demo\n");
        Path out = tmp.resolve("batch");
        CliHarness.Result r = CliHarness.exec(new Main(chinesePlaces(), CliHarness.fakeLoader(), tmp.resolve("r")),
                "batch", scenario.toString(), "--runs", "2", "-q", "--out", out.toString(), "--excel");
        assertEquals(0, r.code(), r.err());
        byte[] copy = Files.readAllBytes(out.resolve("excel/summary.csv"));
        assertArrayEquals(Files.readAllBytes(out.resolve("summary.csv")), Arrays.copyOfRange(copy, 3, copy.length));
        assertEquals((byte) 0xEF, copy[0]);
        assertTrue(r.out().contains("excel: " + out.resolve("excel")), r.out());
    }

    @Test
    void libreOfficeReadsTheCopyAsUtf8WithTheHeaderIntact() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice),
                "soffice is not installed (apt-get install libreoffice-calc-nogui; .ci/run installs it): skipped");
        Path copy = run(true).resolve("excel/metrics.csv");
        Path converted = tmp.resolve("converted");
        // the text encoding a spreadsheet takes from the byte-order mark (LibreOffice 7.4 headless does not look)
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--infilter=CSV:44,34,76,1",
                "--convert-to", "xlsx", "--outdir", converted.toString(), copy.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
        Path xlsx = converted.resolve("metrics.xlsx");
        assertTrue(Files.isRegularFile(xlsx), Files.readString(tmp.resolve("soffice.log"), StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("year", sheet.getRow(0).getCell(0).getStringCellValue(), "the mark is no character of A1");
            assertEquals("东山镇", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals(2024, sheet.getRow(1).getCell(0).getNumericCellValue());
        }
    }
}
