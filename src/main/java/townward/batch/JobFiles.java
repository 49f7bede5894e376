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

    /**
     * The job as stored: inputs named by their copy in the folder and their SHA-256, each case with the SHA-256
     * of the scenario it resolves to ({@code ready}, loaded from the originals), and the version that starts it.
     */
    static Job stored(Job job, List<byte[]> bytes, List<Replications.Ready> ready) {
        List<Job.Input> stored = new ArrayList<>();
        for (int i = 0; i < job.inputs().size(); i++) {
            Job.Input in = job.inputs().get(i);
            String name = JobFolder.INPUTS + "/" + i + "-" + Path.of(in.file()).getFileName();
            stored.add(new Job.Input(in.file(), name, Manifest.sha256(bytes.get(i))));
        }
        List<Job.Case> cases = new ArrayList<>();
        for (int c = 0; c < job.cases().size(); c++) {
            Job.Case k = job.cases().get(c);
            cases.add(new Job.Case(k.id(), k.input(), k.sets(), resolvedSha(ready.get(c))));
        }
        return new Job(job.command(), job.masterSeed(), job.runs(), stored, cases, job.sweep(),
                Manifest.currentVersion());
    }

    /**
     * What fills a new job folder: the scenario copies (each {@code behaviour_file} pointing at a copy of the file
     * beside it, so a resume needs nothing outside the folder) and job.json.
     */
    static JobFolder.Filler filler(Job recorded, List<byte[]> bytes) {
        List<Path> originals = recorded.inputs().stream().map(in -> Path.of(in.file())).toList();
        List<ScenarioLoader.Stored> texts = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            texts.add(storedText(originals.get(i), bytes.get(i), i));
        }
        return dir -> {
            Files.createDirectories(dir.resolve(JobFolder.INPUTS));
            for (int i = 0; i < texts.size(); i++) {
                Files.writeString(dir.resolve(recorded.inputs().get(i).stored()), texts.get(i).scenario(),
                        StandardCharsets.UTF_8);
                if (texts.get(i).behaviour() != null) {
                    Files.writeString(dir.resolve(JobFolder.INPUTS).resolve(behaviourCopy(i)),
                            texts.get(i).behaviour(), StandardCharsets.UTF_8);
                }
            }
            JSON.writeValue(dir.resolve(JobFolder.JOB).toFile(), recorded);
        };
    }

    /** The name of input {@code i}'s behaviour file copy, beside the scenario copy in inputs/. */
    private static String behaviourCopy(int i) {
        return i + "-behaviour.yaml";
    }

    /** The stored copy of input {@code i}: self-contained when it parses, else its bytes as given. */
    private static ScenarioLoader.Stored storedText(Path file, byte[] bytes, int i) {
        try {
            return ScenarioLoader.stored(file, behaviourCopy(i));
        } catch (ScenarioException | RuntimeException e) {
            return new ScenarioLoader.Stored(new String(bytes, StandardCharsets.UTF_8), null);
        }
    }

    /** SHA-256 of the case's resolved scenario, or null for a case that did not load. */
    static String resolvedSha(Replications.Ready r) {
        if (r.scenario() == null) {
            return null;
        }
        try {
            return Manifest.sha256(ScenarioLoader.toResolvedYaml(r.scenario()).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;   // a scenario the format cannot write out (test doubles): not checked on resume
        }
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
        String version = Manifest.currentVersion();
        if (job.townward() != null && !job.townward().equals(version)) {
            throw new BatchException("the job was started by townward " + job.townward() + " and this is "
                    + version + ": replications run now might not match those committed; finish it with "
                    + job.townward() + " or start it again");
        }
        List<Replications.Ready> ready;
        try {
            ready = load(job, i -> folder.work().resolve(job.inputs().get(i).stored()), loader);
        } catch (ScenarioException e) {
            throw new BatchException("a stored scenario no longer loads: " + (e.errors().isEmpty() ? e.getMessage()
                    : e.errors().get(0)));
        }
        for (int c = 0; c < job.cases().size(); c++) {
            String was = job.cases().get(c).sha256();
            if (was != null && !was.equals(resolvedSha(ready.get(c)))) {
                throw new BatchException(job.cases().get(c).id() + " no longer resolves to the scenario the job "
                        + "started with (its defaults changed since): the replications left would not match those "
                        + "committed; start the job again");
            }
        }
        return ready;
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

    private static byte[] read(Path f) throws BatchException {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new BatchException("cannot read " + f + ": " + OutputFolder.reason(e));
        }
    }
}
