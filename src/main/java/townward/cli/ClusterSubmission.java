package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import townward.cluster.ClusterException;
import townward.cluster.Launcher;
import townward.cluster.Sbatch;
import townward.cluster.Shell;
import townward.cluster.SlurmOptions;
import townward.cluster.SlurmScripts;

/** {@code --slurm}: writes the job array's scripts into a prepared job folder, prints or does the submission. */
final class ClusterSubmission {

    private ClusterSubmission() {
    }

    static void scripts(String command, Path target, Path work, SlurmOptions slurm, BatchOptions o, PrintWriter out)
            throws ClusterException, CliException {
        Path results = target.toAbsolutePath().normalize();
        List<String> mergeArgs = new ArrayList<>();
        if (o.report) {
            mergeArgs.addAll(List.of("--report", "--report-lang", o.reportLang.name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Path> files = SlurmScripts.write(new SlurmScripts.Job(work, results, command, Launcher.of(Main.class),
                mergeArgs), slurm);
        String jobFile = Shell.quote(files.get(0).toString());
        String mergeFile = Shell.quote(files.get(1).toString());
        out.println("wrote " + files.get(0) + " (" + slurm.shards() + " array tasks) and " + files.get(1));
        if (!o.cluster.submit) {
            out.println("submit them with:");
            out.println("  array=$(sbatch --parsable " + jobFile + ")");
            out.println("  sbatch --dependency=afterok:${array%%;*} " + mergeFile);
            out.println("(or add --submit); the results appear in " + results + " when the merge job ends");
            out.flush();
            return;
        }
        Path sbatch = Sbatch.find(System.getenv("PATH")).orElseThrow(() -> new CliException("--submit needs sbatch "
                + "on PATH (none found); submit by hand: array=$(sbatch --parsable " + jobFile + ") && sbatch "
                + "--dependency=afterok:${array%%;*} " + mergeFile));
        Sbatch.Submitted ids = new Sbatch(sbatch).submit(files.get(0), files.get(1));
        out.println("submitted array job " + ids.array() + " (" + slurm.shards() + " tasks) and merge job "
                + ids.merge() + " (after every task succeeds); the results appear in " + results);
        out.flush();
    }
}
