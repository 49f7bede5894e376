package townward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import townward.calibration.Calibration;
import townward.calibration.CalibrationConfig;
import townward.calibration.CalibrationException;

/** {@code townward calibrate}: fits the shared behaviour coefficients to the calibration series. */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = 1,
        exitCodeOnExecutionException = 1,
        description = {
            "Fits the behaviour coefficients named in the config to the urbanization (and population) rows of"
                    + " data/urbanization.csv that its calibration scenarios are compared with, by CMA-ES within"
                    + " their bounds, with common random numbers across evaluations. Also refits on each holdout's"
                    + " years only (the config's holdouts) and reports its out-of-sample error.",
            "Writes behaviour.yaml (read by every shipped scenario through behaviour_file), fit.csv and a fit"
                    + " chart per series into the config's output folder (calibration/) or --out."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  fitted", "  1  invalid options or config, or a failure"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", converter = PathConverter.class,
            defaultValue = "calibration/config.yaml", description = "calibration config (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--runs", paramLabel = "N", description = "replications per evaluation (default: the config's)")
    Integer runs;

    @Option(names = "--budget", paramLabel = "EVALS", description = "objective evaluations (default: the config's)")
    Integer budget;

    @Option(names = "--quick", description = "the config's reduced effort (a few minutes at most; for CI)")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", converter = PathConverter.class,
            description = "write here instead of the config's output folder")
    Path out;

    @Option(names = "--replace", description = "replace an existing behaviour.yaml (the shipped scenarios read it)")
    boolean replace;

    @Option(names = "--threads", paramLabel = "T",
            description = "replications run at once (default: the number of available processors)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress output on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            int t = ScenarioOptions.threads(threads);
            CalibrationConfig c = CalibrationConfig.load(config);
            int r = runs != null ? runs : quick ? c.quick().runs() : c.runs();
            int b = budget != null ? budget : quick ? c.quick().budget() : c.budget();
            if (r < 1 || b < 1) {
                throw new CliException("--runs and --budget must be at least 1");
            }
            c = c.with(r, b, out != null ? out : c.output());
            Calibration.run(c, new Calibration.Settings(t, quiet, BatchExecution.stderr(err), replace))
                    .forEach(stdout::println);
            stdout.flush();
            return 0;
        } catch (CalibrationException | CliException e) {
            err.println("townward: " + e.getMessage());
            err.flush();
            return 1;
        } catch (Exception | OutOfMemoryError e) {
            Main.report(err, e);
            return 1;
        }
    }
}
