package townward.collect;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import townward.model.MetricSink;

/**
 * Streams metrics to {@code metrics.csv} in long format as the simulation produces them.
 *
 * <p>UTF-8, no BOM, lines end with {@code \n}; header exactly {@value #HEADER}. Text fields (place, metric) are
 * quoted per RFC 4180 only when they contain a comma, a double quote, CR or LF (inner quotes doubled). Values use
 * {@link MetricValues#format(double)}. Write failures surface as {@link UncheckedIOException}, so they stop the
 * run.
 */
public final class CsvMetricsWriter implements MetricSink, Closeable {

    public static final String FILE_NAME = "metrics.csv";
    public static final String HEADER = "year,replication,place,metric,value";

    private final Writer out;
    private final int replication;
    private long rows;

    public CsvMetricsWriter(Writer out, int replication) throws IOException {
        this.out = out;
        this.replication = replication;
        out.write(HEADER);
        out.write('\n');
    }

    /** Creates {@code dir/metrics.csv} (which must not exist yet) and writes its header. */
    public static CsvMetricsWriter create(Path dir, int replication) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new CsvMetricsWriter(w, replication);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    @Override
    public synchronized void record(int year, String place, String metric, double value) {
        try {
            out.write(Integer.toString(year));
            out.write(',');
            out.write(Integer.toString(replication));
            out.write(',');
            out.write(quote(place));
            out.write(',');
            out.write(quote(metric));
            out.write(',');
            out.write(MetricValues.format(value));
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    public synchronized long rows() {
        return rows;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** RFC 4180 quoting, applied only when needed. */
    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
