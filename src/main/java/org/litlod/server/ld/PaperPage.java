package org.litlod.server.ld;

import java.util.List;
import org.litlod.server.ld.PaperView.EntityView;
import org.litlod.server.ld.PaperView.Link;
import org.litlod.server.ld.PaperView.MentionView;
import org.litlod.server.ld.PaperView.ReferenceView;
import org.litlod.server.ld.PaperView.SectionView;

/**
 * The HTML page of a paper: metadata and authors, identifiers, TL;DR, contribution, abstract,
 * key findings, the entities mentioned (with counts and each mention in its context), the
 * relations between them (with their evidence), the
 * sections and the references. Every resource with a label is shown by its label and links to
 * its own page.
 */
final class PaperPage {
    private final IriSpace space;

    PaperPage(IriSpace space) {
        this.space = space;
    }

    String render(PaperView p) {
        Html h = new Html();
        h.open("article", "class", "paper").open("header");
        h.element("p", "Paper", "class", "kind").element("h1", p.title());
        if (!p.authors().isEmpty()) {
            h.open("p", "class", "authors").element("span", "Authors: ", "class", "visually-hidden");
            links(h, p.authors());
            h.close("p");
            affiliations(h, p.authors());
        }
        h.open("p", "class", "meta");
        if (p.journal() != null) {
            link(h, p.journal());
        }
        if (p.issued() != null) {
            h.text(p.journal() != null ? " · " : "").open("time", "datetime", p.issued()).text(p.issued()).close("time");
        }
        if (p.citation() != null) {
            h.text(" · " + p.citation());
        }
        h.close("p");
        if (!p.identifiers().isEmpty()) {
            h.open("p", "class", "ids");
            links(h, p.identifiers());
            h.close("p");
        }
        DataLinks.write(h, space, p.iri());
        if (p.graph() != null) {
            h.open("p", "class", "graph").text("Named graph: ").link(space.pageUrl(p.graph()), p.graph()).close("p");
        }
        h.close("header");
        textSection(h, "tldr", "TL;DR", p.tldr());
        textSection(h, "contribution", "Contribution", p.contribution());
        textSection(h, "abstract", "Abstract", p.abstractText());
        if (!p.findings().isEmpty()) {
            section(h, "findings", "Key findings").open("ol");
            p.findings().forEach(f -> h.element("li", f));
            h.close("ol").close("section");
        }
        entities(h, p.entities());
        RelationTable.write(h, space, p.relations());
        if (!p.sections().isEmpty()) {
            section(h, "sections", "Sections");
            int n = 0;
            for (SectionView s : p.sections()) {
                n++;
                h.element("h3", s.heading() == null ? "Section " + n : s.heading());
                s.paragraphs().forEach(par -> h.element("p", par));
            }
            h.close("section");
        }
        references(h, p.references());
        h.close("article");
        return PageLayout.render(p.title(), DataLinks.alternates(space, p.iri()), h);
    }

    private void entities(Html h, List<EntityView> entities) {
        if (entities.isEmpty()) {
            return;
        }
        section(h, "entities", "Entities mentioned");
        h.open("table").element("caption", "Genes, diseases, chemicals and species in this paper, most mentioned first")
                .open("thead").open("tr").element("th", "Entity", "scope", "col").element("th", "Type", "scope", "col")
                .element("th", "Identifier", "scope", "col")
                .element("th", "Mentions", "scope", "col").close("tr").close("thead").open("tbody");
        for (EntityView e : entities) {
            h.open("tr").open("th", "scope", "row").link(space.pageUrl(e.iri()), e.label()).close("th")
                    .element("td", e.type())
                    .element("td", SourceDatabases.of(e.iri()).map(p -> p.database() + " " + p.identifier()).orElse(""))
                    .open("td", "class", "num").text(Long.toString(e.mentionCount()));
            if (!e.mentions().isEmpty()) {
                h.open("details").element("summary", "In context").open("ul", "class", "mentions");
                for (MentionView m : e.mentions()) {
                    h.open("li").text("…" + m.prefix()).element("mark", m.exact()).text(m.suffix() + "…");
                    if (!m.where().isEmpty()) {
                        h.text(" ").element("span", "(" + m.where() + ")", "class", "where");
                    }
                    h.close("li");
                }
                h.close("ul").close("details");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private void references(Html h, List<ReferenceView> refs) {
        if (refs.isEmpty()) {
            return;
        }
        section(h, "references", "References").open("ol", "class", "references");
        for (ReferenceView r : refs) {
            h.open("li");
            if (r.href() != null) {
                h.link(r.href(), r.text());
            } else {
                h.text(r.text());
            }
            for (Link l : r.links()) {
                h.text(" ");
                link(h, l);
            }
            h.close("li");
        }
        h.close("ol").close("section");
    }

    private static void affiliations(Html h, List<Link> authors) {
        if (authors.stream().allMatch(a -> a.note() == null || a.note().isEmpty())) {
            return;
        }
        h.open("details", "class", "affiliations").element("summary", "Affiliations").open("ul");
        for (Link a : authors) {
            if (a.note() != null && !a.note().isEmpty()) {
                h.open("li").text(a.label() + ": " + a.note()).close("li");
            }
        }
        h.close("ul").close("details");
    }

    private static Html section(Html h, String id, String title) {
        return h.open("section", "aria-labelledby", id).element("h2", title, "id", id);
    }

    private static void textSection(Html h, String id, String title, String text) {
        if (text != null) {
            section(h, id, title).element("p", text).close("section");
        }
    }

    private static void links(Html h, List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                h.text(", ");
            }
            link(h, links.get(i));
        }
    }

    private static void link(Html h, Link l) {
        if (l.href() == null) {
            h.text(l.label());
        } else {
            h.link(l.href(), l.label());
        }
    }
}
