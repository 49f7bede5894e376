package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * report.html in real headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it): the page loads
 * without console errors or network requests, the embedded font is used, every section shows, and screenshots (and an
 * A4 PDF) are written to {@code target/report-test/screenshots}; the screenshots are not blank. Skips itself when
 * Chromium is not installed.
 */
class ChromiumReportTest {

    static final Path SHOTS = ReportFixtures.ROOT.resolve("screenshots");

    @Test
    void reportLoadsInHeadlessChromiumWithEverySectionAndNoConsoleErrors() throws Exception {
        Path chromium = Cdp.chromium();
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed (apt-get install chromium; .ci/run installs it): browser test skipped");
        ReportFixtures.make();
        Files.createDirectories(SHOTS);
        Path profile = Files.createTempDirectory("townward-chromium-");
        try (Cdp cdp = new Cdp(chromium, profile, 1000, 1400)) {
            cdp.send("Page.enable");
            cdp.send("Runtime.enable");
            cdp.send("Log.enable");
            cdp.send("Network.enable");
            for (String folder : List.of("batch", "compare", "sobol", "oat", "run")) {
                check(cdp, folder);
            }
        } finally {
            townward.collect.OutputFolder.deleteTree(profile);   // best effort: helpers may still be exiting
        }
    }

    private static void check(Cdp cdp, String folder) throws Exception {
        Path html = ReportFixtures.report(folder).resolve(Report.HTML).toAbsolutePath();
        String url = html.toUri().toString();
        cdp.clearEvents();
        cdp.send("Page.navigate", Map.of("url", url));
        cdp.await("Page.loadEventFired", Duration.ofSeconds(60));
        JsonNode fonts = cdp.eval("document.fonts.ready.then(() => [...document.fonts].map(f => f.family + ':' "
                + "+ f.status).join(','))");
        Thread.sleep(200);   // late console messages
        List<String> problems = new ArrayList<>();
        for (JsonNode e : cdp.events()) {
            String m = e.path("method").asText();
            JsonNode p = e.path("params");
            if ("Runtime.consoleAPICalled".equals(m) && List.of("error", "assert").contains(p.path("type").asText())
                    || "Runtime.exceptionThrown".equals(m)
                    || "Log.entryAdded".equals(m) && "error".equals(p.path("entry").path("level").asText())) {
                problems.add(m + ": " + p);
            }
            if ("Network.requestWillBeSent".equals(m)) {
                String req = p.path("request").path("url").asText();
                if (!req.equals(url) && !req.startsWith("data:")) {
                    problems.add("network request: " + req);
                }
            }
        }
        assertEquals(List.of(), problems, folder + ": console errors or requests");
        assertTrue(fonts.asText().contains(ReportFont.FAMILY + ":loaded"), folder + ": embedded font not used: "
                + fonts.asText());
        List<String> sections = new ArrayList<>(HtmlReport.SECTIONS);
        if (!List.of("sobol", "oat").contains(folder)) {
            sections.remove("sensitivity");
        }
        JsonNode shown = cdp.eval("JSON.stringify(" + toJs(sections) + ".map(id => { const e = document.getElementById(id);"
                + " if (!e) return id + ': missing'; const r = e.getBoundingClientRect();"
                + " return r.height > 40 && r.width > 300 && getComputedStyle(e).visibility !== 'hidden' ? 'ok' : id"
                + " + ': not shown ' + r.width + 'x' + r.height; }))");
        assertEquals(toJs(sections.stream().map(s -> "ok").toList()).replace('\'', '"'), shown.asText(), folder);
        JsonNode figures = cdp.eval("[...document.querySelectorAll('figure svg')].filter(s => "
                + "s.getBoundingClientRect().width > 300 && s.getBoundingClientRect().height > 150).length");
        int charts;
        try (var files = Files.list(ReportFixtures.report(folder).resolve(Report.CHARTS))) {
            charts = (int) files.filter(f -> f.toString().endsWith(".svg")).count();
        }
        assertEquals(charts, figures.asInt(), folder + ": every chart shows inline");

        String top = cdp.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        write(folder + "-top.png", top);
        JsonNode size = cdp.send("Page.getLayoutMetrics").path("cssContentSize");
        String full = cdp.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(),
                        "height", size.path("height").asDouble(), "scale", 0.5))).path("data").asText();
        write(folder + "-full.png", full);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(top)));
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 800, folder + " screenshot size");
        assertTrue(ReportChartsTest.variance(img) > 200, folder + ": screenshot looks blank");
        String pdf = cdp.send("Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true))
                .path("data").asText();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        Files.write(SHOTS.resolve(folder + ".pdf"), bytes);
        assertTrue(bytes.length > 20_000 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"), folder + ": printed PDF");
    }

    private static void write(String name, String base64) throws Exception {
        Files.write(SHOTS.resolve(name), Base64.getDecoder().decode(base64));
    }

    private static String toJs(List<String> items) {
        return "[" + String.join(",", items.stream().map(s -> "'" + s + "'").toList()) + "]";
    }
}
