package org.litlod.cmd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litlod.publish.GoldCorpus;
import org.litlod.publish.Publishers;
import org.litlod.tag.Tagger;
import org.litlod.tag.eval.Evaluation;
import org.litlod.tag.eval.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litlod evaluate}: scores the tagger against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 per entity type of the tagger against gold annotations "
                + "(BioC XML, BioC-JSON or PubTator), for mentions (span + type) and normalisation (identifiers per document).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Compiled lexicon (from 'lexicon build'); the built-in one if absent.")
    Path lexicon;

    @Parameters(paramLabel = "GOLD", description = "Gold file: BioC XML, BioC-JSON or PubTator.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        Tagger tagger = new Tagger(Publishers.lexicon(lexicon));
        System.out.print(EvaluationReport.render(Evaluation.run(tagger, GoldCorpus.read(gold))));
        return 0;
    }
}
