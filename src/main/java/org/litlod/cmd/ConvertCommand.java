package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.Conversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litlod convert}: prints documents as the neutral model (JSON) or as RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert input files and print them as RDF or as the neutral model in JSON.")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, ttl, jsonld or json (the neutral model) (default: ${DEFAULT-VALUE}).")
    String to;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files or folders.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        List<String> errors = Conversion.run(pipeline.publisher(DefaultBase.IRI), files, to, System.out);
        errors.forEach(e -> System.err.println("litlod: " + e));
        return errors.isEmpty() ? 0 : 1;
    }
}
