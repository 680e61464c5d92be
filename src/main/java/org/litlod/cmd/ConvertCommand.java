package org.litlod.cmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.Conversion;
import org.litlod.publish.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litlod convert}: prints documents as the neutral model (JSON) or as RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert input files and print them as RDF or as the neutral model in JSON.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DefaultBase.IRI,
            description = "Base IRI under which the documents and entities of the output are minted "
                    + "(default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "trig",
            description = "Output: trig, nq, ttl, jsonld or json (the neutral model) (default: ${DEFAULT-VALUE}).")
    String to;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files or folders.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!Conversion.JSON.equals(to) && RdfOutput.Syntax.named(to).isEmpty()) {
            List<String> accepted = new ArrayList<>(RdfOutput.Syntax.names());
            accepted.add(Conversion.JSON);
            throw UnknownValue.of(spec, "--to", to, accepted);
        }
        List<String> errors = Conversion.run(pipeline.publisher(base), files, to, System.out);
        errors.forEach(e -> System.err.println("litlod: " + e));
        return errors.isEmpty() ? 0 : 1;
    }
}
