package org.litlod.cmd;

import java.io.IOException;
import java.nio.file.Path;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MentionDetail;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options that choose how documents are tagged. Each command that publishes declares its own
 * {@code --base}, described for what the base does there.
 */
final class PipelineOptions {
    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Compiled lexicon (from 'lexicon build') to tag with instead of the built-in one.")
    Path lexicon;

    @Option(names = "--no-tagging", description = "Publish only the entities the sources list; find no mentions.")
    boolean noTagging;

    @Option(names = "--mention-detail", paramLabel = "DETAIL", defaultValue = "position",
            description = "What each mention records: full (W3C quote and position selectors), position "
                    + "(position selector only) or document (document-level annotations only) "
                    + "(default: ${DEFAULT-VALUE}).")
    String mentionDetail;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The publisher minting IRIs under {@code base}. */
    Publisher publisher(String base) throws IOException {
        MentionDetail detail = MentionDetail.named(mentionDetail).orElseThrow(() ->
                UnknownValue.of(spec, "--mention-detail", mentionDetail, MentionDetail.labels()));
        return Publishers.standard(base, noTagging ? null : Publishers.lexicon(lexicon), detail);
    }
}
