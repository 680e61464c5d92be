package org.litlod.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MentionDetail;

/**
 * The standard pipeline of {@code litlod load}, with the same choices as its options.
 *
 * @param base    the IRI base the data will be served at
 * @param lexicon a compiled lexicon every executor can read, or null for the built-in one
 * @param tagging whether to tag at all ({@code --no-tagging} is false)
 * @param detail  the mention detail's label ({@code position} by default)
 */
public record StandardPipeline(String base, String lexicon, boolean tagging, String detail) implements PipelineSpec {
    /** The pipeline {@code litlod load} runs without options, minting IRIs under {@code base}. */
    public static StandardPipeline of(String base) {
        return new StandardPipeline(base, null, true, MentionDetail.DEFAULT.label());
    }

    @Override
    public Publisher build() throws IOException {
        MentionDetail d = MentionDetail.named(detail).orElseThrow(() -> new IllegalArgumentException(
                "unknown mention detail '" + detail + "'"));
        return Publishers.standard(base, tagging ? Publishers.lexicon(lexicon == null ? null : Path.of(lexicon)) : null, d);
    }
}
