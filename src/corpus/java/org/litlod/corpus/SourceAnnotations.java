package org.litlod.corpus;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Concept;

/**
 * The entity annotations PubTator would give a paper's title and abstract: every mention whose
 * concept has a PubTator identifier, at its offset in the document (title, then the abstract
 * from {@code abstractOffset}), with exactly the text found there.
 */
final class SourceAnnotations {
    /**
     * One annotation.
     *
     * @param offset     its offset in the document
     * @param text       the text it covers
     * @param type       the PubTator type label ("Gene")
     * @param identifier the PubTator identifier ("672", "MESH:D001943")
     * @param concept    the concept it names
     */
    record Annotation(int offset, String text, String type, String identifier, Concept concept) {
        int end() {
            return offset + text.length();
        }
    }

    private SourceAnnotations() {
    }

    /** The annotations of the title (at offset 0) and of the abstract (at {@code abstractOffset}). */
    static List<Annotation> of(Paper p, int abstractOffset) {
        List<Annotation> out = new ArrayList<>(p.mentioned().size());
        for (Paper.Mentioned m : p.mentioned()) {
            String id = pubTatorId(m.concept());
            if (id == null) {
                continue;
            }
            int length = m.name().length();
            String text;
            int offset;
            if (m.part() == Paper.TITLE) {
                offset = m.start();
                text = p.title().substring(m.start(), m.start() + length);
            } else {
                offset = abstractOffset + p.sentenceStart(m.part()) + m.start();
                text = p.sentences().get(m.part()).substring(m.start(), m.start() + length);
            }
            out.add(new Annotation(offset, text, m.concept().type().label(), id, m.concept()));
        }
        return out;
    }

    /** The identifier PubTator gives a concept: gene and taxon ids bare, MeSH as MESH:…; else null. */
    static String pubTatorId(Concept c) {
        for (Identifier i : c.ids()) {
            if (i.scheme() == IdScheme.NCBI_GENE || i.scheme() == IdScheme.NCBI_TAXON) {
                return i.value();
            }
            if (i.scheme() == IdScheme.MESH) {
                return "MESH:" + i.value();
            }
        }
        return null;
    }
}
