package org.litlod.cmd;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litlod} command: dispatches to one sub-command per verb. */
@Command(name = "litlod", mixinStandardHelpOptions = true, version = "litlod 0.1.0",
        description = "Publish biomedical literature as linked data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ConvertCommand.class, QueryCommand.class,
                DumpCommand.class, GenerateCommand.class, LexiconCommand.class, EvaluateCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("litlod: " + Messages.of(ex));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
