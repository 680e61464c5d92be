package org.litlod.model;

import java.util.ArrayList;
import java.util.List;

/** Mutable collector for a {@link Document}; converters fill it as they read. */
public final class DocumentBuilder {
    private final SourceInfo source;
    private final DocumentKind kind;
    private final String title;
    private final List<Author> authors = new ArrayList<>();
    private DocumentIds ids = DocumentIds.NONE;
    private Venue venue;
    private PublicationDate published;
    private String status;
    private String language;
    private String outputType;
    private String sourceDatabase;
    private CitationCount citations;
    private final List<String> subjects = new ArrayList<>();
    private Summary summary = Summary.EMPTY;
    private String abstractText;
    private final List<Section> sections = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private Integer figureCount;
    private final List<OmittedContent> omitted = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<ListedEntity> entities = new ArrayList<>();
    private final List<Substance> substances = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    DocumentBuilder(SourceInfo source, DocumentKind kind, String title) {
        this.source = source;
        this.kind = kind;
        this.title = title;
    }

    public DocumentBuilder author(Author a) { authors.add(a); return this; }
    public DocumentBuilder authors(List<Author> a) { authors.addAll(a); return this; }
    public DocumentBuilder ids(DocumentIds v) { ids = v; return this; }
    public DocumentBuilder venue(Venue v) { venue = v; return this; }
    public DocumentBuilder published(PublicationDate v) { published = v; return this; }
    public DocumentBuilder status(String v) { status = v; return this; }
    public DocumentBuilder language(String v) { language = v; return this; }
    public DocumentBuilder outputType(String v) { outputType = v; return this; }
    public DocumentBuilder sourceDatabase(String v) { sourceDatabase = v; return this; }
    public DocumentBuilder citations(CitationCount v) { citations = v; return this; }
    public DocumentBuilder subject(String v) { subjects.add(v); return this; }
    public DocumentBuilder summary(Summary v) { summary = v; return this; }
    public DocumentBuilder abstractText(String v) { abstractText = v; return this; }
    public DocumentBuilder section(Section v) { sections.add(v); return this; }
    public DocumentBuilder figure(Figure v) { figures.add(v); return this; }
    public DocumentBuilder figureCount(Integer v) { figureCount = v; return this; }
    public DocumentBuilder omitted(OmittedContent v) { omitted.add(v); return this; }
    public DocumentBuilder reference(Reference v) { references.add(v); return this; }
    public DocumentBuilder entity(ListedEntity v) { entities.add(v); return this; }
    public DocumentBuilder substance(Substance v) { substances.add(v); return this; }
    public DocumentBuilder link(Link v) { links.add(v); return this; }
    public DocumentBuilder mention(Mention v) { mentions.add(v); return this; }
    public DocumentBuilder relation(Relation v) { relations.add(v); return this; }
    /** A field left out because it is malformed: the message names its id, the file, the place and the value. */
    public DocumentBuilder warning(String v) {
        if (!warnings.contains(v)) {
            warnings.add(v);
        }
        return this;
    }

    public Document build() {
        return new Document(source, kind, title, authors, ids, venue, published, status, language,
                outputType, sourceDatabase, citations, subjects, summary, abstractText, sections,
                figures, figureCount, omitted, references, entities, substances, links, mentions, relations, warnings);
    }
}
