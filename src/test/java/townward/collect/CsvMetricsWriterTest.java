package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMetricsWriterTest {

    @Test
    void headerRowsAndQuotingAreExact(@TempDir Path dir) throws IOException {
        try (CsvMetricsWriter w = CsvMetricsWriter.create(dir, 0)) {
            w.record(2024, "region", "urbanization_rate", 0.52);
            w.record(2024, "Qinghe County Seat", "population", 60000.0);
            w.record(2025, "Dong,shan", "movers", 12.5);
            w.record(2025, "say \"hi\"", "m", -0.0);
            w.record(2025, "kind:town", "line\nbreak", 1e-9);
            assertEquals(5, w.rows());
        }
        String csv = Files.readString(dir.resolve("metrics.csv"), StandardCharsets.UTF_8);
        assertEquals("year,replication,place,metric,value\n"
                + "2024,0,region,urbanization_rate,0.52\n"
                + "2024,0,Qinghe County Seat,population,60000\n"
                + "2025,0,\"Dong,shan\",movers,12.5\n"
                + "2025,0,\"say \"\"hi\"\"\",m,0\n"
                + "2025,0,kind:town,\"line\nbreak\",1E-9\n", csv);
    }

    @Test
    void replicationNumberIsWritten() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvMetricsWriter w = new CsvMetricsWriter(out, 3)) {
            w.record(2030, "清河", "population", 1.25);
        }
        assertEquals("year,replication,place,metric,value\n2030,3,清河,population,1.25\n", out.toString());
    }

    @Test
    void refusesToOverwriteAnExistingFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("metrics.csv"), "keep");
        assertThrows(IOException.class, () -> CsvMetricsWriter.create(dir, 0));
        assertEquals("keep", Files.readString(dir.resolve("metrics.csv")));
    }
}
