package org.litlod.convert.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.ConversionException;
import org.litlod.convert.XmlNode;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.Reference;
import org.litlod.model.SourceInfo;
import org.litlod.model.Venue;

/** Reads one {@code <PubmedArticle>} element into a document. */
final class PubMedArticleReader {
    private final String file;
    private final XmlNode article;
    private final XmlNode citation;
    private final XmlNode body;

    PubMedArticleReader(String file, XmlNode article) {
        this.file = file;
        this.article = article;
        this.citation = article.child("MedlineCitation");
        this.body = citation == null ? null : citation.child("Article");
    }

    Document read(SourceInfo source) throws ConversionException {
        String title = body == null ? null : body.textAt("ArticleTitle");
        if (title == null && body != null) {
            title = body.textAt("VernacularTitle");
        }
        if (title == null) {
            throw new ConversionException(PubMedXmlConverter.NO_TITLE, file, article.line(),
                    "article without a title (PMID " + (citation == null ? "?" : citation.textAt("PMID")) + ")");
        }
        List<String> types = body.findAll("PublicationTypeList/PublicationType").stream()
                .map(XmlNode::cleanText).filter(t -> t != null).toList();
        boolean review = types.stream().anyMatch(t -> t.equals("Review") || t.equals("Systematic Review"));
        DocumentBuilder b = Document.builder(source, review ? DocumentKind.REVIEW_ARTICLE
                : DocumentKind.JOURNAL_ARTICLE, title);
        b.authors(PubMedAuthors.of(body.child("AuthorList")));
        b.ids(ids());
        b.venue(venue());
        b.published(PubMedDates.published(body, file, b::warning));
        b.language(body.textAt("Language"));
        types.forEach(b::subject);
        String abstractText = abstractText();
        if (abstractText != null) {
            b.abstractText(abstractText);
        }
        MeshEntities.headings(citation.child("MeshHeadingList")).forEach(b::entity);
        MeshEntities.chemicals(citation.child("ChemicalList")).forEach(b::entity);
        references().forEach(b::reference);
        return b.build();
    }

    private DocumentIds ids() {
        String pmid = citation.textAt("PMID");
        String doi = null;
        String pmcid = null;
        XmlNode data = article.child("PubmedData");
        for (XmlNode id : data == null ? List.<XmlNode>of() : data.findAll("ArticleIdList/ArticleId")) {
            String type = id.attr("IdType");
            String value = id.cleanText();
            if ("doi".equals(type) && doi == null) {
                doi = value;
            } else if ("pmc".equals(type) && pmcid == null) {
                pmcid = value;
            } else if ("pubmed".equals(type) && pmid == null) {
                pmid = value;
            }
        }
        if (doi == null) {
            doi = body.children("ELocationID").stream().filter(e -> "doi".equals(e.attr("EIdType")))
                    .map(XmlNode::cleanText).findFirst().orElse(null);
        }
        return new DocumentIds(doi, pmid, pmcid); // checked, with warnings, by OptionalFields
    }

    private Venue venue() {
        XmlNode journal = body.child("Journal");
        String pages = body.textAt("Pagination/MedlinePgn");
        if (pages == null && body.textAt("Pagination/StartPage") != null) {
            String end = body.textAt("Pagination/EndPage");
            pages = body.textAt("Pagination/StartPage") + (end == null ? "" : "-" + end);
        }
        if (journal == null) {
            return pages == null ? null : new Venue(null, null, null, null, null, pages);
        }
        return new Venue(journal.textAt("Title"), journal.textAt("ISSN"),
                journal.textAt("JournalIssue/Volume"), journal.textAt("JournalIssue/Issue"), null, pages);
    }

    /** The abstract; labelled parts as "LABEL: text", parts separated by a blank line. */
    private String abstractText() {
        List<String> parts = new ArrayList<>();
        for (XmlNode p : body.findAll("Abstract/AbstractText")) {
            String text = p.cleanText();
            if (text == null) {
                continue;
            }
            String label = XmlNode.clean(p.attr("Label"));
            parts.add(label == null ? text : label + ": " + text);
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private List<Reference> references() {
        XmlNode data = article.child("PubmedData");
        List<Reference> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        for (XmlNode ref : data.findAll("ReferenceList/Reference")) {
            String text = ref.textAt("Citation");
            if (text == null) {
                continue;
            }
            String pmid = null;
            String doi = null;
            String pmcid = null;
            for (XmlNode id : ref.findAll("ArticleIdList/ArticleId")) {
                String v = id.cleanText();
                switch (String.valueOf(id.attr("IdType"))) {
                    case "pubmed" -> pmid = v;
                    case "doi" -> doi = v;
                    case "pmc" -> pmcid = v;
                    default -> { }
                }
            }
            out.add(new Reference(out.size() + 1, text, List.of(), false, null, null, null, null, null,
                    null, null, new DocumentIds(doi, pmid, pmcid), null));
        }
        return out;
    }
}
