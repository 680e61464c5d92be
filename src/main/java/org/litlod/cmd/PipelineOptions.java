package org.litlod.cmd;

import java.io.IOException;
import java.nio.file.Path;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import picocli.CommandLine.Option;

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

    /** The publisher minting IRIs under {@code base}. */
    Publisher publisher(String base) throws IOException {
        return Publishers.standard(base, noTagging ? null : Publishers.lexicon(lexicon));
    }
}
