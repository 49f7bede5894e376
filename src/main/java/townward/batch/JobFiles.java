package townward.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import townward.collect.Manifest;
import townward.collect.OutputFolder;
import townward.scenario.ScenarioException;
import townward.scenario.ScenarioLoader;

/** A job as its folder keeps it: job.json and the copies of its scenarios, written once, read by every resume. */
final class JobFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JobFiles() {
    }

    static List<byte[]> readInputs(Job job) throws BatchException {
        List<byte[]> bytes = new ArrayList<>();
        for (Job.Input in : job.inputs()) {
            bytes.add(read(Path.of(in.file())));
        }
        return bytes;
    }

    /** The job as stored: inputs named by their copy in the folder and their SHA-256. */
    static Job stored(Job job, List<byte[]> bytes) {
        List<Job.Input> stored = new ArrayList<>();
        for (int i = 0; i < job.inputs().size(); i++) {
            Job.Input in = job.inputs().get(i);
            String name = JobFolder.INPUTS + "/" + i + "-" + Path.of(in.file()).getFileName();
            stored.add(new Job.Input(in.file(), name, Manifest.sha256(bytes.get(i))));
        }
        return new Job(job.command(), job.masterSeed(), job.runs(), stored, job.cases(), job.sweep());
    }

    /** Writes the scenario copies and job.json (last, so a job.json means a whole job) into a new folder. */
    static Job store(Job job, List<byte[]> bytes, JobFolder folder, Batch.Settings s, String hint) throws BatchException {
        Job withCopies = stored(job, bytes);
        try {
            Files.createDirectories(folder.work().resolve(JobFolder.INPUTS));
            for (int i = 0; i < job.inputs().size(); i++) {
                Files.writeString(folder.work().resolve(withCopies.inputs().get(i).stored()),
                        selfContained(Path.of(job.inputs().get(i).file()), bytes.get(i), s.loader()),
                        StandardCharsets.UTF_8);
            }
            Path tmp = folder.work().resolve(JobFolder.JOB + ".tmp");
            JSON.writeValue(tmp.toFile(), withCopies);
            Files.move(tmp, folder.work().resolve(JobFolder.JOB));
        } catch (IOException e) {
            throw new BatchException("cannot write in " + folder.work() + ": " + OutputFolder.reason(e));
        }
        s.log().println("working in " + folder.work() + "; " + hint);
        return withCopies;
    }

    static Job readJob(JobFolder folder) throws BatchException {
        try {
            return JSON.readValue(folder.work().resolve(JobFolder.JOB).toFile(), Job.class);
        } catch (IOException e) {
            throw new BatchException("cannot read " + folder.work().resolve(JobFolder.JOB) + ": "
                    + OutputFolder.reason(e));
        }
    }

    /** The job's cases loaded from the copies in its folder. */
    static List<Replications.Ready> loadStored(Job job, JobFolder folder, Batch.Loader loader) throws BatchException {
        try {
            return load(job, i -> folder.work().resolve(job.inputs().get(i).stored()), loader);
        } catch (ScenarioException e) {
            throw new BatchException("a stored scenario no longer loads: " + e.getMessage());
        }
    }

    static List<Replications.Ready> load(Job job, java.util.function.IntFunction<Path> file, Batch.Loader loader)
            throws ScenarioException, BatchException {
        List<Replications.Ready> out = new ArrayList<>();
        boolean sweep = job.sweep() != null;
        for (Job.Case c : job.cases()) {
            Path f = file.apply(c.input());
            try {
                out.add(new Replications.Ready(loader.load(f, c.sets()), null));
            } catch (ScenarioException e) {
                if (!sweep) {
                    throw e;
                }
                out.add(new Replications.Ready(null, "invalid scenario: " + String.join("; ",
                        e.errors().stream().map(Object::toString).toList())));
            } catch (IOException e) {
                throw new BatchException("cannot read " + f + ": " + OutputFolder.reason(e));
            }
        }
        return out;
    }

    /**
     * The scenario as stored for a resume: resolved (every default and the behaviour file's values written out),
     * so the job does not depend on files beside it; the text as given when it is only valid with the job's sets.
     */
    private static String selfContained(Path file, byte[] bytes, Batch.Loader loader) {
        try {
            return ScenarioLoader.toResolvedYaml(loader.load(file, List.of()));
        } catch (ScenarioException | IOException | RuntimeException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static byte[] read(Path f) throws BatchException {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new BatchException("cannot read " + f + ": " + OutputFolder.reason(e));
        }
    }
}
