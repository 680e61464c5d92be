package org.litlod.cmd;

import java.io.IOException;
import java.nio.file.Path;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import picocli.CommandLine.Option;

/** Options that choose how documents are published: the IRI base and the tagging lexicon. */
final class PipelineOptions {
    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs litlod mints (default: the base the store was loaded with; "
                    + "for a new store http://localhost:PORT/ for serve, http://localhost:3030/ otherwise). "
                    + "A base that contradicts the store's is refused (LITLOD-BASE-001).")
    String base;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Compiled lexicon (from 'lexicon build') to tag with instead of the built-in one.")
    Path lexicon;

    @Option(names = "--no-tagging", description = "Publish only the entities the sources list; find no mentions.")
    boolean noTagging;

    Publisher publisher(String defaultBase) throws IOException {
        return Publishers.standard(base != null ? base : defaultBase,
                noTagging ? null : Publishers.lexicon(lexicon));
    }
}
