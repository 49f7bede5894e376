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

import townward.csv.CsvCell;
import townward.model.MetricSink;

/**
 * Streams metrics to {@code metrics.csv} in long format as the simulation produces them.
 *
 * <p>UTF-8, no BOM, lines end with {@code \n}; header exactly {@value #HEADER}. Text fields (place, metric) are
 * quoted by {@link CsvCell#quote} (RFC 4180 when needed, formula-like text guarded). Values use
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
            out.write(CsvCell.quote(place));
            out.write(',');
            out.write(CsvCell.quote(metric));
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
}
