package townward.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

    @TempDir
    Path root;

    @Test
    void removesOnlyTemporaryFoldersNobodyHolds() throws Exception {
        Path scenario = Files.createDirectories(root.resolve("example"));
        Path dead = Files.createDirectories(scenario.resolve(".20261203-101010-abcdef01.tmp-0123abcd"));
        Files.writeString(dead.resolve(Leftovers.LOCK), "");
        Files.writeString(dead.resolve("metrics.csv"), "half");
        Path old = Files.createDirectories(root.resolve(".b.partial.tmp-99"));
        Files.writeString(old.resolve("job.json"), "{}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path young = Files.createDirectories(root.resolve(".c.tmp-98"));   // an older version's, being written
        Files.writeString(young.resolve("scenario.resolved.yaml"), "name: c\n");
        Path empty = Files.createDirectories(root.resolve(".f.tmp-97"));   // stopped before it made its lock
        Path job = Files.createDirectories(root.resolve(".d.partial"));   // a stopped job: kept for --resume
        Path results = Files.createDirectories(scenario.resolve("20261203-101010-abcdef02"));
        try (Leftovers.Held alive = Leftovers.hold(scenario.resolve(".e.tmp-0123abce"))) {
            List<Path> removed = Leftovers.cleanRoot(root);
            assertEquals(3, removed.size(), removed.toString());
            assertFalse(Files.exists(dead));
            assertFalse(Files.exists(empty));
            assertFalse(Files.exists(old));
            assertTrue(Files.exists(young) && Files.exists(job) && Files.exists(results));
            assertTrue(Files.exists(scenario.resolve(".e.tmp-0123abce")), "held by a running command");
            alive.release();
            assertFalse(Files.exists(scenario.resolve(".e.tmp-0123abce/" + Leftovers.LOCK)), "no lock file in results");
        }
    }
}
