package townward.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no scenario can be are refused fast, located, in one line each, without quoting what they hold. */
class InputLimitsTest {

    static final String EXAMPLE = read("scenarios/example.yaml");

    @TempDir
    Path dir;

    @Test
    void pipesAndDevicesAreRefusedByTypeWithoutReading() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(5, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        assertOnly(fifo, 0, "is not a regular file");
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertOnly(zero, 0, "is not a regular file");
        assertOnly(dir, 0, "is a directory");
        assertOnly(dir.resolve("missing.yaml"), 0, "no such file");
    }

    @Test
    void sizeEncodingAndLineLengthBeforeParsing() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) Limits.FILE_BYTES + 1]);
        assertOnly(big, 0, "a scenario file may be at most");

        Path utf16 = Files.write(dir.resolve("u16.yaml"), EXAMPLE.getBytes(StandardCharsets.UTF_16));
        assertOnly(utf16, 1, "is UTF-16 text; save it as UTF-8");
        Path utf32 = Files.write(dir.resolve("u32.yaml"), EXAMPLE.getBytes("UTF-32"));
        assertOnly(utf32, 1, "UTF-32");

        byte[] b = EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[b.length + 1];
        String before = EXAMPLE.substring(0, EXAMPLE.indexOf("\nseed:") + 1);
        int at = before.getBytes(StandardCharsets.UTF_8).length + 2;   // after the "se" of "seed:"
        System.arraycopy(b, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        System.arraycopy(b, at, broken, at + 1, b.length - at);
        ValidationError e = assertOnly(Files.write(dir.resolve("bad8.yaml"), broken), 1, "byte 0xC3 at byte offset");
        assertEquals(before.split("\n", -1).length, e.line());
        assertEquals(3, e.column());

        Path longLine = Files.writeString(dir.resolve("long.yaml"), EXAMPLE + "# " + "x".repeat(50_000_000 / 50) + "\n");
        assertOnly(longLine, 1, "a YAML line may have at most");
    }

    @Test
    void structureLimitsNameTheirField() throws Exception {
        assertParse("d.yaml", "name: x\nbehaviour: " + "[".repeat(5000) + "]".repeat(5000) + "\n",
                "behaviour" + "[0]".repeat(Limits.DEPTH - 1), "nested more than");
        assertParse("k.json", "{\"name\": \"x\", \"" + "k".repeat(1_000_000) + "\": 1}", "", "a key of 1000000 characters");
        assertParse("t.json", "{\"name\": \"x\", \"description\": \"" + "t".repeat(20_000) + "\"}", "description",
                "a text of 20,000 characters");
        String wide = "Q".repeat(5_000);   // 64 KiB stops at the text limit while parsing; this one at the name limit
        String places = EXAMPLE.replace("Qinghe County Seat", wide);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(places));
        assertParse("p.json", json, "places[0].name", "at most 200 characters");
    }

    @Test
    void aSecondDocumentIsAnErrorAtItsLine() {
        ValidationError y = assertParse("m.yaml", EXAMPLE + "---\nname: other\n", "", "a second YAML document");
        assertEquals(EXAMPLE.split("\n").length + 1, y.line());
        ValidationError j = assertParse("m.json", "{\"name\": \"a\"}\n{\"name\": \"b\"}\n", "", "a second JSON value");
        assertEquals(2, j.line());
    }

    @Test
    void infinityAndNanNameTheFieldAndNoParserOption() {
        assertParse("i.yaml", EXAMPLE.replace("scale: 1.0", "scale: .inf"), "scale", "'.inf' is not a number");
        assertParse("n.json", "{\"name\": \"x\", \"scale\": NaN}", "scale", "'NaN' is not a JSON number");
    }

    @Test
    void dotNamesAreRefused() {
        assertParse("dot.yaml", EXAMPLE.replace("name: example", "name: \"..\""), "name", "\"..\"");
        assertParse("dot.yaml", EXAMPLE.replace("name: example", "name: ."), "name", "\".\"");
    }

    @Test
    void aBehaviourFileThatIsNotOneIsNeverQuoted() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\nhunter2\n");
        Path yamlSecret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\ntoken: [abc123]\n");
        for (Path s : List.of(secret, yamlSecret, Path.of("pom.xml").toAbsolutePath())) {
            Path f = Files.writeString(dir.resolve("s.yaml"), EXAMPLE.replace(
                    "behaviour_file: calibration/behaviour.yaml", "behaviour_file: " + s));
            ScenarioException ex = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
            String all = ex.errors().toString();
            assertEquals(1, ex.errors().size(), all);
            assertTrue(all.contains("not a behaviour file"), all);
            for (String word : List.of("root:", "hunter2", "password", "token", "abc123", "project", "xml ")) {
                assertFalse(all.contains(word), "quotes the file: " + all);
            }
        }
    }

    private static ValidationError assertParse(String name, String text, String path, String message) {
        long t0 = System.nanoTime();
        ScenarioException ex = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, name, List.of()));
        return check(ex, t0, path, message, 1);
    }

    private static ValidationError assertOnly(Path file, int minLine, String message) {
        long t0 = System.nanoTime();
        ScenarioException ex = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        assertEquals(1, ex.errors().size(), ex.errors().toString());
        return check(ex, t0, "", message, minLine);
    }

    private static ValidationError check(ScenarioException ex, long t0, String path, String message, int minLine) {
        double s = (System.nanoTime() - t0) / 1e9;
        assertTrue(s < 1.0, "rejection took " + s + " s");
        ValidationError e = ex.errors().stream().filter(v -> v.message().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + message + "\" in " + ex.errors()));
        assertEquals(path, e.path(), e.toString());
        assertTrue(e.line() >= minLine, "no line: " + e);
        for (ValidationError v : ex.errors()) {
            String t = v.toString();
            assertFalse(t.contains("\n") || t.length() > 600, "one readable line: " + t.length() + " chars");
            assertFalse(t.matches(".*(`|Exception|Constraints|Feature|java\\.|jackson|snakeyaml).*"), t);
        }
        return e;
    }

    private static String read(String p) {
        try {
            return Files.readString(Path.of(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
