package townward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's pattern table is the output of {@code townward patterns --format md} at the current code. */
class ReadmePatternsTest {

    private static final Pattern BLOCK = Pattern.compile("<!-- patterns:begin[^\\n]*-->\\n(.*?)<!-- patterns:end -->",
            Pattern.DOTALL);

    @Test
    void readmeTableIsTheCommandsOutput() throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has no patterns:begin/patterns:end block");
        CliHarness.Result r = CliHarness.execWithHandlers(new Main(), "patterns", "--format", "md", "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> readme = m.group(1).lines().toList();
        List<String> now = r.out().lines().toList();
        for (int i = 0; i < Math.max(readme.size(), now.size()); i++) {
            String was = i < readme.size() ? readme.get(i) : "(nothing)";
            String is = i < now.size() ? now.get(i) : "(nothing)";
            if (!was.equals(is)) {
                fail("README.md's pattern table is stale; regenerate it with scripts/readme-patterns.sh\n"
                        + "first difference, table line " + (i + 1) + ":\n  README:  " + was + "\n  command: " + is);
            }
        }
    }
}
