package townward.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Submits the two scripts with Slurm's own {@code sbatch}: the array, then the merge depending on it. */
public final class Sbatch {

    private static final Pattern JOB_ID = Pattern.compile("\\d+");

    /** The ids Slurm gave. */
    public record Submitted(String array, String merge) {
    }

    private final Path program;

    public Sbatch(Path program) {
        this.program = program;
    }

    /** The sbatch on a PATH value, if any. */
    public static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, "sbatch");
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    public Submitted submit(Path jobScript, Path mergeScript) throws ClusterException {
        String array = run(List.of("--parsable", jobScript.toString()), jobScript);
        String merge = run(List.of("--parsable", "--dependency=afterok:" + array, mergeScript.toString()),
                mergeScript);
        return new Submitted(array, merge);
    }

    /** Runs sbatch and returns the job id it prints ({@code --parsable}: "id" or "id;cluster"). */
    private String run(List<String> args, Path script) throws ClusterException {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(args);
        Process p;
        String out;
        String err;
        try {
            p = new ProcessBuilder(cmd).start();
            p.getOutputStream().close();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
        } catch (IOException e) {
            throw new ClusterException("cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while submitting " + script);
        }
        String id = out.split(";", 2)[0].trim();
        if (p.exitValue() != 0 || !JOB_ID.matcher(id).matches()) {
            String why = !err.isEmpty() ? err : out.isEmpty() ? "exit status " + p.exitValue() : out;
            throw new ClusterException("sbatch refused " + script.getFileName() + ": "
                    + why.replaceAll("\\s*\\R\\s*", " "));
        }
        return id;
    }
}
