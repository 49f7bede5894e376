package townward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submission through a stand-in sbatch that records its arguments and answers as sbatch --parsable does. */
class SbatchTest {

    @TempDir
    Path tmp;

    private Path fakeSbatch(String body) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path p = bin.resolve("sbatch");
        Files.writeString(p, "#!/bin/sh\necho \"$@\" >> " + tmp.resolve("calls") + "\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void submitsTheArrayThenTheMergeAfterIt() throws Exception {
        Path sbatch = fakeSbatch("if [ ! -f " + tmp.resolve("n") + " ]; then touch " + tmp.resolve("n")
                + "; echo '4242;cluster1'; else echo 4243; fi\n");
        assertEquals(sbatch, Sbatch.find("/nonexistent:" + sbatch.getParent()).orElseThrow());
        Sbatch.Submitted ids = new Sbatch(sbatch).submit(Path.of("/j/job.sbatch"), Path.of("/j/merge.sbatch"));
        assertEquals(new Sbatch.Submitted("4242", "4243"), ids);
        assertEquals(List.of("--parsable /j/job.sbatch", "--parsable --dependency=afterok:4242 /j/merge.sbatch"),
                Files.readAllLines(tmp.resolve("calls")));
    }

    @Test
    void aRefusalIsOneLineWithSlurmsReason() throws Exception {
        Path sbatch = fakeSbatch("echo 'sbatch: error: invalid partition specified: nope' >&2\n"
                + "echo 'sbatch: error: Batch job submission failed' >&2\nexit 1\n");
        ClusterException e = assertThrows(ClusterException.class,
                () -> new Sbatch(sbatch).submit(Path.of("/j/job.sbatch"), Path.of("/j/merge.sbatch")));
        assertTrue(e.getMessage().startsWith("sbatch refused job.sbatch: sbatch: error: invalid partition"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(1, Files.readAllLines(tmp.resolve("calls")).size(), "no merge without its array");
    }

    @Test
    void noSbatchOnPath() {
        assertTrue(Sbatch.find(tmp.toString()).isEmpty());
        assertTrue(Sbatch.find(null).isEmpty());
    }
}
