package townward.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import townward.csv.CsvCell;
import townward.collect.MetricValues;

/** The batch outputs' CSV conventions: those of metrics.csv (UTF-8, \n, RFC 4180 quoting when needed, exact numbers). */
final class Csv {

    private Csv() {
    }

    static BufferedWriter create(Path file, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    static void line(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String field) {
        return CsvCell.quote(field);
    }

    static String number(double v) {
        return MetricValues.format(v);
    }
}
