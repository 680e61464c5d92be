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
 * {@code --base}, described for what the base does there. Public as a mixin for commands outside
 * this package that run the same pipeline elsewhere (the Spark job of {@code spark/}).
 */
public final class PipelineOptions {
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
        return Publishers.standard(base, noTagging ? null : Publishers.lexicon(lexicon), detail());
    }

    /** The compiled lexicon given, or null for the built-in one. */
    public Path lexicon() {
        return lexicon;
    }

    /** Whether documents are tagged at all. */
    public boolean tagging() {
        return !noTagging;
    }

    /** The mention detail chosen; an unknown one is a usage error ({@value UnknownValue#ID}). */
    public MentionDetail detail() {
        return MentionDetail.named(mentionDetail).orElseThrow(() ->
                UnknownValue.of(spec, "--mention-detail", mentionDetail, MentionDetail.labels()));
    }
}
