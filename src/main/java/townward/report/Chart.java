package townward.report;

import org.jfree.chart.JFreeChart;

/**
 * A report chart.
 *
 * @param name    file name stem ({@code trajectory}, {@code population}, ...)
 * @param title   the chart's title (also the report's caption)
 * @param chart   the JFreeChart
 * @param width   screen width in pixels (the print PNG is {@link ChartFiles#PRINT_SCALE} times larger)
 * @param height  screen height in pixels
 */
public record Chart(String name, String title, JFreeChart chart, int width, int height) {

    public static final int WIDTH = 840;
    public static final int HEIGHT = 500;

    public Chart(String name, String title, JFreeChart chart) {
        this(name, title, chart, WIDTH, HEIGHT);
    }
}
