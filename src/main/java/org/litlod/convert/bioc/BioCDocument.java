package org.litlod.convert.bioc;

import java.util.List;
import java.util.Map;

/**
 * One BioC document as read from XML or JSON, before it becomes a model document.
 *
 * @param id        the document id (a PMID in PubTator exports)
 * @param infons    the document's infons
 * @param passages  its passages in order
 * @param relations how many relations it states (the model has no place for them yet)
 * @param meta      further fields PubTator3 adds to BioC-JSON: pmid, pmcid, journal, date, authors
 * @param line      the line it starts on in XML, 0 for JSON
 */
record BioCDocument(String id, Map<String, String> infons, List<Passage> passages, int relations,
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

    /** An annotation: its infons, its locations (document offset and length) and its text. */
    record Annotation(String id, Map<String, String> infons, List<int[]> locations, String text) {
    }
}
