package townward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SlurmScriptsTest {

    private static final Path HOME = Path.of("/home/me/townward");

    private static SlurmScripts.Job job(Path results, List<String> mergeArgs) {
        return new SlurmScripts.Job(results.resolveSibling("." + results.getFileName() + ".partial"), results,
                "batch", List.of("-jar", HOME.resolve("target/townward.jar").toString()), mergeArgs);
    }

    @Test
    void theReadmeShowsTheScriptThisVersionWrites() throws Exception {
        String script = SlurmScripts.array(job(HOME.resolve("results/example-1000"), List.of()),
                new SlurmOptions(8, null, "1:00:00", 2, "2G", 0));
        assertTrue(Files.readString(Path.of("README.md")).contains("```sh\n" + script + "```\n"),
                "README.md, Running on a cluster, shows:\n" + script);
    }

    @Test
    void theMergeWaitsForNoArrayAndPassesItsReport() throws ClusterException {
        String merge = SlurmScripts.merge(job(Path.of("/data/r"), List.of("--report", "--report-lang", "zh")),
                new SlurmOptions(3, "long", null, 4, null, 0));
        assertTrue(merge.contains("\n#SBATCH --partition=long\n"), merge);
        assertTrue(merge.contains("\n#SBATCH --output=/data/.r.partial/slurm/merge-%j.out\n"), merge);
        assertTrue(merge.lines().anyMatch(l -> l.startsWith("exec ") && l.endsWith(" merge /data/r --threads 4 "
                + "--report --report-lang zh")), merge);
        assertTrue(merge.lines().noneMatch(l -> l.startsWith("#SBATCH --array") || l.startsWith("#SBATCH --time")),
                merge);
    }

    @Test
    void pathsAreQuotedForTheShellAndSpacesRefusedWhereSbatchCannotTakeThem() throws IOException {
        String array;
        try {
            array = SlurmScripts.array(new SlurmScripts.Job(Path.of("/d/.r.partial"), Path.of("/d/r"), "sweep",
                    List.of("-jar", "/opt/it's here/townward.jar"), List.of()), new SlurmOptions(2, null, null, 1,
                    null, 1));
        } catch (ClusterException e) {
            throw new AssertionError(e);
        }
        assertTrue(array.contains(" -jar '/opt/it'\\''s here/townward.jar' sweep --resume /d/r "), array);
        assertTrue(array.contains("\n#SBATCH --array=0-1%1\n"), array);
        ClusterException e = assertThrows(ClusterException.class, () -> SlurmScripts.array(
                new SlurmScripts.Job(Path.of("/my results/.r.partial"), Path.of("/my results/r"), "batch",
                        List.of("-jar", "/t.jar"), List.of()), new SlurmOptions(2, null, null, 1, null, 0)));
        assertTrue(e.getMessage().contains("no spaces"), e.getMessage());
    }

    @Test
    void optionsAreCheckedAgainstWhatSlurmTakes() {
        for (String t : List.of("30", "2:00:00", "1-12:00:00", "1-12", "90:00")) {
            assertEquals(t, new SlurmOptions(1, null, t, 1, null, 0).time());
        }
        for (String bad : List.of("soon", "1h", "2:00:00;rm", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new SlurmOptions(1, null, bad, 1, null, 0), bad);
            assertTrue(e.getMessage().startsWith("--time expects"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new SlurmOptions(1, null, null, 1, "4 G", 0));
        assertThrows(IllegalArgumentException.class, () -> new SlurmOptions(1, "a$(b)", null, 1, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlurmOptions(0, null, null, 1, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlurmOptions(1, null, null, 0, null, 0));
    }
}
