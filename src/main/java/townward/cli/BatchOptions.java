package townward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options batch, sweep and compare share. */
final class BatchOptions {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "replications of each scenario or design point (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", paramLabel = "S",
            description = "master seed; replication r runs with a seed made from (S, r) only "
                    + "(default: the first scenario's seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "replications run at once (default: the number of available processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", converter = PathConverter.class,
            description = "results folder (must not exist, or be empty; default results/<scenario>/<command>-<time>-<hex>)")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override a value of every scenario, e.g. --set scale=0.5 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--resume", paramLabel = "DIR", converter = PathConverter.class,
            description = "finish the stopped job whose results folder is DIR (give no scenario or other option "
                    + "but --threads, --quiet, --shard and the --slurm options)")
    Path resume;

    @Option(names = {"-q", "--quiet"}, description = "no progress output on stderr")
    boolean quiet;

    @Option(names = "--excel", description = "also write copies of summary.csv (and differences.csv, sweep.csv)"
            + " with a UTF-8 byte-order mark into RESULTS_DIR/excel/, for Excel and LibreOffice on a Chinese"
            + " Windows (the originals stay without one, for R and pandas)")
    boolean excel;

    @Option(names = "--report", description = "at the end, also write the briefing (report.html, summary.xlsx,"
            + " charts) into RESULTS_DIR/report; see townward report")
    boolean report;

    @Option(names = "--report-lang", paramLabel = "LANG", defaultValue = "both",
            converter = ReportCommand.LangConverter.class,
            description = "language of the --report briefing: zh, en or both (default: ${DEFAULT-VALUE})")
    townward.report.Lang reportLang;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();
}
