package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.rdf.DocumentMapper;
import org.litlod.rdf.MentionDetail;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;
import org.litlod.tag.relate.RelationFinder;
import org.litlod.validate.ShapeCheck;

/**
 * Assembles the standard pipeline: every known input format, the tagger with a lexicon, the
 * mapper and the shapes.
 */
public final class Publishers {
    private Publishers() {
    }

    /**
     * The standard pipeline minting IRIs under {@code base}. After tagging, the relations of each
     * document get their evidence and litlod adds those it finds ({@link RelationFinder}).
     *
     * @param lexicon the lexicon to tag with, or null to publish only what the sources list
     */
    public static Publisher standard(String base, Lexicon lexicon) {
        return standard(base, lexicon, MentionDetail.DEFAULT);
    }

    /**
     * The standard pipeline minting IRIs under {@code base}, recording mentions at {@code detail}.
     *
     * @param lexicon the lexicon to tag with, or null to publish only what the sources list
     */
    public static Publisher standard(String base, Lexicon lexicon, MentionDetail detail) {
        IriMinter iris = new IriMinter(base);
        RelationFinder relations = new RelationFinder();
        Tagging tagging = new Tagging(relations::apply, null);
        Equivalents equivalents = Equivalents.NONE;
        Labels labels = Labels.NONE;
        if (lexicon != null) {
            CompilingTagger tagger = new CompilingTagger(lexicon);
            tagging = new Tagging(d -> relations.apply(tagger.tag(d)), lexicon.version());
            equivalents = lexicon::equivalents;
            labels = PreferredLabels.of(lexicon);
        }
        return new Publisher(ConverterRegistry.standard(), tagging, iris,
                new DocumentMapper(iris, equivalents, labels, detail), ShapeCheck.standard());
    }

    /**
     * The tagger of {@code lexicon}; the one of the default lexicon is compiled once and shared
     * (compiling it takes seconds and a few hundred megabytes; a tagger is immutable).
     */
    public static Tagger tagger(Lexicon lexicon) {
        if (!Lexicons.isBuiltin(lexicon)) {
            return new Tagger(lexicon);
        }
        synchronized (Publishers.class) {
            if (defaultTagger == null) {
                defaultTagger = new Tagger(lexicon);
            }
            return defaultTagger;
        }
    }

    private static Tagger defaultTagger;

    /** The lexicon shipped with litlod, or the compiled lexicon file given. */
    public static Lexicon lexicon(Path compiled) throws IOException {
        return compiled == null ? Lexicons.builtin() : Lexicons.load(compiled);
    }
}
