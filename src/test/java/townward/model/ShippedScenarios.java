package townward.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import townward.scenario.County;
import townward.scenario.Place;
import townward.scenario.Scenario;

/** The scenario files shipped in scenarios/ (and its subfolders), and a scale at which a test can run them. */
final class ShippedScenarios {

    static final Path ROOT = Path.of("scenarios");

    private ShippedScenarios() {
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** The seed programmes (issue 4): every shipped scenario but the example and the benchmark. */
    static List<Path> programmes() throws IOException {
        return all().stream().filter(p -> p.getParent().equals(ROOT))
                .filter(p -> !p.getFileName().toString().startsWith("example")
                        && !p.getFileName().toString().startsWith("bench")).toList();
    }

    static double realHouseholds(Scenario s) {
        return s.counties().stream().mapToDouble(County::ruralHouseholds).sum()
                + s.places().stream().mapToDouble(p -> Double.isNaN(p.households()) ? 0 : p.households()).sum();
    }

    /** The scenario's own scale, or less, so that one year simulates at most {@code households} agents. */
    static String testScale(Scenario s, double households) {
        double scale = Math.min(s.scale(), households / Math.max(1, realHouseholds(s)));
        return "scale=" + scale;
    }
}
