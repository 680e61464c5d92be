package org.litlod.cmd;

import java.util.concurrent.Callable;
import org.litlod.store.NoStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litlod} command: dispatches to one sub-command per verb. */
@Command(name = "litlod", mixinStandardHelpOptions = true, version = "litlod 0.1.0",
        description = "Publish biomedical literature as linked data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ConvertCommand.class, QueryCommand.class,
                DumpCommand.class, CompactCommand.class, GenerateCommand.class, LexiconCommand.class, EvaluateCommand.class,
                StatsCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit status when something failed. */
    static final int FAILED = 1;
    /** Exit status of a command line that cannot be run as given (picocli's usage-error status). */
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with the commands made by {@code factory} (tests swap one in). */
    static int run(CommandLine.IFactory factory, String... args) {
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.setParameterExceptionHandler((ex, ignored) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("litlod: " + Messages.ofUsage(ex));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("litlod: " + Messages.of(ex));
            return ex instanceof NoStoreException ? USAGE : FAILED;
        });
        return cl.execute(args);
    }

    /** {@code litlod} alone: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return USAGE;
    }
}
