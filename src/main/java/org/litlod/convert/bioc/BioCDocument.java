package org.litlod.convert.bioc;

import java.util.List;
import java.util.Map;
import org.litlod.convert.SourceRelations;

/**
 * One BioC document as read from XML or JSON, before it becomes a model document.
 *
 * @param id        the document id (a PMID in PubTator exports)
 * @param infons    the document's infons
 * @param passages  its passages in order
 * @param relations the relations it states
 * @param meta      further fields PubTator3 adds to BioC-JSON: pmid, pmcid, journal, date, authors
 * @param line      the line it starts on in XML, 0 for JSON
 */
record BioCDocument(String id, Map<String, String> infons, List<Passage> passages, List<Relation> relations,
                    Map<String, Object> meta, int line) {

    /** A passage: its infons, its offset in the document, its text and its annotations. */
    record Passage(Map<String, String> infons, int offset, String text, List<Annotation> annotations) {
        String type() {
            String t = infons.get("type");
            return t == null ? "" : t;
        }

        String sectionType() {
            String t = infons.get("section_type");
            return t == null ? "" : t;
        }
    }

    /**
     * A relation: its id, its type (the "relation" or "type" infon), its arguments with their
     * roles, the source's score, and the line it starts on in XML (0 for JSON).
     */
    record Relation(String id, String type, List<SourceRelations.Argument> arguments, String score, int line) {
    }

    /** An annotation: its infons, its locations (document offset and length) and its text. */
    record Annotation(String id, Map<String, String> infons, List<int[]> locations, String text) {
    }
}
