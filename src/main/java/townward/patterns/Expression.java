package townward.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula of the pattern catalogue: numbers, {@code + - * /} and parentheses over region metrics of a run
 * ({@code residents} at the row's year, {@code residents@2005} at another year) and cells of {@code data/}
 * ({@code {urbanization.csv Jilin 2010 total_pop_wan}}, resolved when the formula is parsed). Written as text in
 * the catalogue so that a reader sees how each number is made.
 */
public final class Expression {

    /** A region metric at a year: the row's year when {@code year} is null. */
    public record Metric(String name, Integer year) {
        int at(int rowYear) {
            return year != null ? year : rowYear;
        }
    }

    /** The region metrics of one replication. */
    @FunctionalInterface
    public interface Metrics {
        /** The value, or null when the run did not produce it. */
        Double get(String metric, int year);
    }

    private interface Node {
        double eval(Metrics m, int year);
    }

    private final String text;
    private final Node root;
    private final List<Metric> metrics;

    private Expression(String text, Node root, List<Metric> metrics) {
        this.text = text;
        this.root = root;
        this.metrics = List.copyOf(metrics);
    }

    /** Parses {@code text}, reading its data cells from {@code data}. */
    public static Expression parse(String text, DataRows data) throws PatternException {
        Parser p = new Parser(text, data);
        Node root = p.sum();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new Expression(text, root, p.metrics);
    }

    /** The metrics the formula reads. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** The first metric the run lacks at {@code year}, or null when all are there. */
    public Metric missing(Metrics m, int year) {
        for (Metric x : metrics) {
            if (m.get(x.name(), x.at(year)) == null) {
                return x;
            }
        }
        return null;
    }

    /** The value for a run that has every metric ({@link #missing} is null). */
    public double evaluate(Metrics m, int year) {
        return root.eval(m, year);
    }

    /** The value of a formula of numbers and data cells only. */
    public double constant() throws PatternException {
        if (!metrics.isEmpty()) {
            throw new PatternException("'" + text + "' reads model metrics where only data/ cells may be used");
        }
        return root.eval((metric, year) -> null, 0);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Recursive descent: sum := product (('+'|'-') product)*, product := factor (('*'|'/') factor)*. */
    private static final class Parser {
        private final String text;
        private final DataRows data;
        private final List<Metric> metrics = new ArrayList<>();
        private int pos;

        Parser(String text, DataRows data) {
            this.text = text;
            this.data = data;
        }

        Node sum() throws PatternException {
            Node left = product();
            for (char op = peek(); op == '+' || op == '-'; op = peek()) {
                pos++;
                Node l = left;
                Node r = product();
                left = op == '+' ? (m, y) -> l.eval(m, y) + r.eval(m, y) : (m, y) -> l.eval(m, y) - r.eval(m, y);
            }
            return left;
        }

        Node product() throws PatternException {
            Node left = factor();
            for (char op = peek(); op == '*' || op == '/'; op = peek()) {
                pos++;
                Node l = left;
                Node r = factor();
                left = op == '*' ? (m, y) -> l.eval(m, y) * r.eval(m, y) : (m, y) -> l.eval(m, y) / r.eval(m, y);
            }
            return left;
        }

        Node factor() throws PatternException {
            char c = peek();
            if (c == '(') {
                pos++;
                Node inner = sum();
                expect(')');
                return inner;
            }
            if (c == '-') {
                pos++;
                Node inner = factor();
                return (m, y) -> -inner.eval(m, y);
            }
            if (c == '{') {
                int end = text.indexOf('}', pos);
                if (end < 0) {
                    throw error("unclosed '{'");
                }
                double v = data.value(text.substring(pos + 1, end).trim());
                pos = end + 1;
                return (m, y) -> v;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                double v = Double.parseDouble(text.substring(start, pos));
                return (m, y) -> v;
            }
            if (Character.isLetter(c) || c == '_') {
                return metric();
            }
            throw error(c == 0 ? "unexpected end" : "unexpected '" + c + "'");
        }

        private Node metric() throws PatternException {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            Integer year = null;
            if (pos < text.length() && text.charAt(pos) == '@') {
                int y = ++pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (pos - y != 4) {
                    throw error("expected a four-digit year after '" + name + "@'");
                }
                year = Integer.parseInt(text.substring(y, pos));
            }
            Metric ref = new Metric(name, year);
            metrics.add(ref);
            return (m, y) -> m.get(ref.name(), ref.at(y));
        }

        char peek() {
            skipSpace();
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        void skipSpace() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        void expect(char c) throws PatternException {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        PatternException error(String what) {
            return new PatternException("'" + text + "': " + what + " at character " + (pos + 1));
        }
    }
}
