package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litlod generate}: writes a deterministic synthetic corpus for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic documents of one input format, deterministic for a seed, "
                + "with entities drawn from the built-in lexicon (DOIs under the test prefix 10.5555).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Input format: paper-summary, portal-record, web-article, pubtator, pubmed, bioc-xml (or bioc), "
                    + "bioc-json or jats.")
    String format;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of documents.")
    int count;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Path> written = CorpusGenerator.write(out, format, count, seed);
        System.err.println("litlod: wrote " + count + " " + format + " documents in " + written.size() + " files to " + out);
        return 0;
    }
}
