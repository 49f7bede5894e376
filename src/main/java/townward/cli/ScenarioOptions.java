package townward.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import townward.scenario.ScenarioException;
import townward.scenario.ValidationError;

/** The scenario overrides {@code run} and {@code gui} share: --seed, --scale, --years and --set. */
final class ScenarioOptions {

    @Option(names = "--seed", paramLabel = "N", description = "master random seed (same as --set seed=N)")
    String seed;

    @Option(names = "--scale", paramLabel = "S",
            description = "simulated households per real household, (0, 1] (same as --set scale=S)")
    String scale;

    @Option(names = "--years", paramLabel = "A-B", converter = YearsConverter.class,
            description = "first and last simulated year, e.g. 2024-2035 (same as --set start_year=A --set end_year=B)")
    Years years;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override a scenario value, e.g. --set economy.wage_growth=0.05 (repeatable; "
                    + "--seed, --scale and --years are applied after these)")
    List<String> sets = new ArrayList<>();

    /** First and last year of {@code --years}. */
    record Years(String start, String end) {
    }

    static final class YearsConverter implements ITypeConverter<Years> {
        private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,4})\\s*-\\s*(\\d{1,4})\\s*");

        @Override
        public Years convert(String value) {
            Matcher m = RANGE.matcher(value);
            if (!m.matches()) {
                throw new TypeConversionException("expected FIRST-LAST years such as 2024-2035, got '" + value + "'");
            }
            return new Years(m.group(1), m.group(2));
        }
    }

    /** The --set list with --seed, --scale and --years appended as overrides. */
    List<String> effectiveSets() {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) {
            all.add("seed=" + seed.trim());
        }
        if (scale != null) {
            all.add("scale=" + scale.trim());
        }
        if (years != null) {
            all.add("start_year=" + years.start());
            all.add("end_year=" + years.end());
        }
        return all;
    }

    /**
     * The errors of the overrides --seed, --scale and --years made, under the option's name instead of --set
     * (the planner never wrote a --set).
     */
    ScenarioException named(ScenarioException e) {
        List<ValidationError> out = new ArrayList<>();
        for (ValidationError v : e.errors()) {
            String option = !"--set".equals(v.file()) ? null : switch (v.path()) {
                case "seed" -> seed != null ? "--seed" : null;
                case "scale" -> scale != null ? "--scale" : null;
                case "start_year", "end_year" -> years != null ? "--years" : null;
                default -> null;
            };
            out.add(option == null ? v : new ValidationError(option, v.line(), v.column(), v.path(), v.message()));
        }
        return out.equals(e.errors()) ? e : new ScenarioException(out);
    }

    /** The thread count of a --threads option: as given, or the available processors; at least 1. */
    static int threads(Integer requested) throws CliException {
        int n = requested != null ? requested : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new CliException("--threads must be at least 1, got " + n);
        }
        return n;
    }
}
