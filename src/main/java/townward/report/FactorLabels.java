package townward.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import townward.scenario.Lever;
import townward.scenario.Scenario;

/**
 * A varied field as a planner reads it: {@code policies[0].posts_per_year} is the lever's name and its places
 * ({@code 产业园区 Dongshan: posts_per_year}), not a position in the file.
 */
final class FactorLabels {

    private static final Pattern LEVER = Pattern.compile("policies\\[([^\\]]+)\\]\\.(.+)");

    private FactorLabels() {
    }

    static String of(String path, Scenario s, Lang lang) {
        Matcher m = LEVER.matcher(path);
        if (s == null || !m.matches()) {
            return path;
        }
        Lever lever = find(s.policies(), m.group(1));
        if (lever == null) {
            return path;
        }
        List<String> where = lever.scope().places().isEmpty() ? lever.scope().counties() : lever.scope().places();
        return Texts.label(Texts.LEVERS, lever.key(), lang) + (where.isEmpty() ? "" : " " + String.join(", ", where))
                + ": " + m.group(2);
    }

    private static Lever find(List<Lever> levers, String ref) {
        if (ref.matches("\\d+")) {
            int i = Integer.parseInt(ref);
            return i < levers.size() ? levers.get(i) : null;
        }
        return levers.stream().filter(l -> ref.equals(l.scope().id())).findFirst().orElse(null);
    }
}
