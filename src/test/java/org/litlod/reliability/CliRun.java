package org.litlod.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code litlod} as a user runs it: a separate JVM ({@code org.litlod.cmd.Main} on this
 * JVM's class path, with a 512 MB heap), its exit status, stdout and stderr. A separate JVM also
 * keeps the tests free of a compile-time dependency on the commands.
 */
record CliRun(int status, String out, String err) {
    static final String HEAP = "-Xmx512m";

    static CliRun of(String... args) {
        try {
            Path out = Files.createTempFile("litlod-out", ".txt");
            Path err = Files.createTempFile("litlod-err", ".txt");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    HEAP, "-cp", System.getProperty("java.class.path"), "org.litlod.cmd.Main"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("litlod " + String.join(" ", args) + " did not end in 5 minutes");
            }
            CliRun run = new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
