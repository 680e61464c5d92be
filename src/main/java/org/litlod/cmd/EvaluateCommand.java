package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.GoldCorpus;
import org.litlod.publish.Publishers;
import org.litlod.tag.eval.DocumentPart;
import org.litlod.tag.eval.Evaluation;
import org.litlod.tag.eval.EvaluationReport;
import org.litlod.tag.eval.EvaluationResult;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.relate.RelationEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litlod evaluate}: scores the tagger against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 per entity type of the tagger against gold annotations, for mentions "
                + "(span + type) and normalisation (identifiers per document), the missed gold by error category, "
                + "and the most frequent wrong and missed mention texts.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Compiled lexicon (from 'lexicon build'); the built-in one if absent.")
    Path lexicon;

    @Option(names = "--part", paramLabel = "K/N", converter = PartConverter.class,
            description = "Score only the documents at positions i (from 0, in file order) with i %% N == K, "
                    + "e.g. 1/2 for every other document starting with the second (default: all).")
    DocumentPart part = DocumentPart.ALL;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, or md for Markdown tables as in docs/evaluation.md (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + EvaluationReport.TOP,
            description = "How many of the most frequent false positive and false negative mention texts to list "
                    + "per type, for tuning on training and development sets only; 0 for none (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--relations", paramLabel = "TYPE",
            description = "Score litlod's chemical-disease relations instead of the tagger: found from the gold file's own "
                    + "mentions, against its relations of this type (CID for the BioCreative V CDR corpus), per document.")
    String relations;

    @Parameters(paramLabel = "GOLD",
            description = "Gold file (PubTator, NCBI-disease, BioC XML, BioC-JSON) or S800 corpus folder.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("md")) {
            throw UnknownValue.of(spec, "--format", format, List.of("text", "md"));
        }
        if (relations != null) {
            System.out.println("Gold: " + gold + ", relations of type " + relations);
            System.out.print(RelationEvaluation.markdown(RelationEvaluation.run(GoldCorpus.documents(gold), relations)));
            return 0;
        }
        List<GoldDocument> all = GoldCorpus.read(gold);
        List<GoldDocument> documents = part.of(all);
        EvaluationResult r = Evaluation.run(Publishers.tagger(Publishers.lexicon(lexicon)), documents);
        System.out.println("Gold: " + gold + (part.equals(DocumentPart.ALL) ? ""
                : "; part " + part + ": " + documents.size() + " of " + all.size() + " documents"));
        System.out.print(format.equals("md") ? EvaluationReport.markdown(r, top) : EvaluationReport.text(r, top));
        return 0;
    }

    /** Reads "K/N". */
    static final class PartConverter implements ITypeConverter<DocumentPart> {
        @Override
        public DocumentPart convert(String value) {
            try {
                return DocumentPart.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
