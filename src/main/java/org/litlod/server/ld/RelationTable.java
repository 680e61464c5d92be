package org.litlod.server.ld;

import java.util.List;
import org.litlod.server.ld.PaperView.RelationView;

/**
 * The "Relations" section of a paper page: one row per relation, subject, predicate and object
 * linked to their pages, who asserts it (the source, or litlod by co-occurrence or an induction
 * cue), the source's type and score, and the sentences that mention both entities.
 */
final class RelationTable {
    private RelationTable() {
    }

    static void write(Html h, IriSpace space, List<RelationView> relations) {
        if (relations.isEmpty()) {
            return;
        }
        h.open("section", "aria-labelledby", "relations").element("h2", "Relations", "id", "relations");
        h.open("table").element("caption", "Relations between the entities: those the source states first, then those "
                        + "litlod found, most sentences first. Co-occurrence says only that both are mentioned together.")
                .open("thead").open("tr").element("th", "Subject", "scope", "col").element("th", "Relation", "scope", "col")
                .element("th", "Object", "scope", "col").element("th", "Asserted by", "scope", "col")
                .element("th", "Sentences", "scope", "col").close("tr").close("thead").open("tbody");
        for (RelationView v : relations) {
            h.open("tr").open("td").link(space.pageUrl(v.subjectIri()), v.subjectLabel()).close("td")
                    .element("td", v.predicate() + (v.type() == null ? "" : " (" + v.type() + ")"))
                    .open("td").link(space.pageUrl(v.objectIri()), v.objectLabel()).close("td")
                    .element("td", v.assertedBy() + (v.score() == null ? "" : ", score " + v.score()))
                    .open("td", "class", "num").text(Long.toString(v.sentenceCount()));
            if (!v.sentences().isEmpty()) {
                h.open("details").element("summary", "Evidence").open("ul", "class", "evidence");
                v.sentences().forEach(s -> h.element("li", s));
                h.close("ul").close("details");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }
}
