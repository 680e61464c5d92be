package org.litlod.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.litlod.cmd.PipelineOptions;
import org.litlod.ids.IriMinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job {@code spark-submit} runs: converts input files into the partitions of an output folder,
 * prints one line per failed document or file and a summary on standard error, as
 * {@code litlod load --bulk} does, and exits with 0 when everything converted, 1 when anything
 * failed, 2 for a command line that cannot be run as given ({@value #USAGE}).
 */
@Command(name = "litlod-spark", mixinStandardHelpOptions = true,
        description = "Convert, tag, map and SHACL-check input files on Apache Spark, one task per file, into "
                + "OUTPUT: one SHA256.nq.gz (gzipped N-Quads) and SHA256.json (its outcome) per input file, as "
                + "'litlod load --bulk --work OUTPUT' writes them. Paths must be the same on every executor.")
public final class ConvertJob implements Callable<Integer> {
    /** The command line cannot be run as given. */
    public static final String USAGE = "LITLOD-SPARK-003";

    @Parameters(arity = "2..*", paramLabel = "INPUT... OUTPUT",
            description = "Input files or folders, then the output folder.")
    List<Path> paths;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the published data: the address the store will be served at (default: ${DEFAULT-VALUE}).")
    String base;

    /**
     * The tagging options of {@code litlod load}: {@code --lexicon} (a path every executor can
     * read), {@code --no-tagging}, {@code --mention-detail}.
     */
    @Mixin
    PipelineOptions pipeline;

    private final JavaSparkContext spark;
    private final PrintStream err;

    private ConvertJob(JavaSparkContext spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /** Runs the job with the Spark context {@code spark-submit} configures, then exits with its status. */
    public static void main(String[] args) {
        int status;
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("litlod-spark"))) {
            status = run(spark, System.err, args);
        }
        System.exit(status);
    }

    /** Runs the command line on {@code spark}, printing to {@code err}; returns the exit status. */
    public static int run(JavaSparkContext spark, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new ConvertJob(spark, err));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, ignored) -> {
            String m = ex.getMessage();
            err.println("litlod-spark: " + (m.startsWith("LITLOD-") ? m : USAGE + " " + m));
            err.println("Try 'litlod-spark --help' for more information.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof CommandLine.ParameterException p) {
                return cmd.getParameterExceptionHandler().handleParseException(p, args);
            }
            err.println("litlod-spark: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        StandardPipeline spec = new StandardPipeline(base, pipeline.lexicon() == null ? null
                : pipeline.lexicon().toAbsolutePath().toString(), pipeline.tagging(), pipeline.detail().label());
        Path output = paths.get(paths.size() - 1);
        ConversionReport r = new SparkConversion(spark, spec).run(paths.subList(0, paths.size() - 1), output);
        if (r.discarded() > 0) {
            err.println("litlod-spark: discarded " + r.discarded() + " partitions of another pipeline in " + output);
        }
        r.failures().forEach(e -> err.println("litlod-spark: " + e));
        r.warnings().forEach(w -> err.println("litlod-spark: warning: " + w));
        err.println("litlod-spark: " + r.summary());
        return r.ok() ? 0 : 1;
    }
}
