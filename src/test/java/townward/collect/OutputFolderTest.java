package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 3, 4, 5, 6, 7);

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesToHiddenSiblingAndRenamesOnCommit(@TempDir Path root) throws Exception {
        Path done;
        try (OutputFolder f = OutputFolder.timestamped(root, "demo", T, new byte[] {1})) {
            assertTrue(f.dir().getFileName().toString().matches("\\.20250304-050607-[0-9a-f]{8}\\.tmp-[0-9a-f]{8}"));
            assertEquals(root.resolve("demo").toAbsolutePath(), f.dir().getParent());
            Files.writeString(f.dir().resolve("a.txt"), "x");
            done = f.commit();
        }
        assertTrue(done.getFileName().toString().matches("20250304-050607-[0-9a-f]{8}"));
        assertEquals("x", Files.readString(done.resolve("a.txt")));
        assertEquals(List.of(done.getFileName().toString()), list(root.resolve("demo")));
    }

    @Test
    void closeWithoutCommitLeavesNothing(@TempDir Path root) throws Exception {
        try (OutputFolder f = OutputFolder.timestamped(root.resolve("results"), "demo", T, null)) {
            Files.createDirectories(f.dir().resolve("sub"));
            Files.writeString(f.dir().resolve("sub/a.txt"), "x");
        }
        assertEquals(List.of(), list(root));
    }

    @Test
    void exactRefusesNonEmptyFolderAndFile(@TempDir Path root) throws Exception {
        Path full = Files.createDirectories(root.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        var e = assertThrows(OutputFolder.OutputException.class, () -> OutputFolder.exact(full));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        Files.writeString(root.resolve("file"), "f");
        assertThrows(OutputFolder.OutputException.class, () -> OutputFolder.exact(root.resolve("file")));
        assertEquals(List.of("file", "full"), list(root));
        assertEquals(List.of("keep.txt"), list(full));
    }

    @Test
    void exactAcceptsAnEmptyFolder(@TempDir Path root) throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));
        try (OutputFolder f = OutputFolder.exact(empty)) {
            Files.writeString(f.dir().resolve("a.txt"), "x");
            assertEquals(empty.toAbsolutePath(), f.commit());
        }
        assertEquals(List.of("a.txt"), list(empty));
        assertEquals(List.of("empty"), list(root));
    }

    @Test
    void commitNeverReplacesAFolderThatAppearedMeanwhile(@TempDir Path root) throws Exception {
        Path out = root.resolve("out");
        try (OutputFolder f = OutputFolder.exact(out)) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("other.txt"), "other");
            assertThrows(OutputFolder.OutputException.class, f::commit);
        }
        assertEquals(List.of("out"), list(root));
        assertEquals(List.of("other.txt"), list(out));
    }

    @Test
    void unwritableParentGivesOneLineMessageAndLeavesNothing(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("afile"), "f");
        var e = assertThrows(OutputFolder.OutputException.class,
                () -> OutputFolder.exact(root.resolve("afile/sub/out")));
        assertTrue(e.getMessage().startsWith("cannot write output folder"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(List.of("afile"), list(root));
    }

    @Test
    void defaultNamesDiffer() {
        assertNotEquals(OutputFolder.defaultName(T, new byte[] {1}), OutputFolder.defaultName(T, new byte[] {1}));
    }
}
