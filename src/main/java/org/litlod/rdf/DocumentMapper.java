package org.litlod.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.litlod.ids.Equivalents;
import org.litlod.ids.Labels;
import org.litlod.ids.IriMinter;
import org.litlod.model.Document;
import org.litlod.vocab.Prefixes;

/**
 * Maps one document of the neutral model to the RDF of its named graph: bibliographic
 * description, summary and body, published passages, entities, document- and mention-level
 * annotations, relations between entities, and provenance. The same document always gives the same triples (the conversion
 * time aside); blank nodes are used only for selectors and checksums. Thread-safe.
 */
public final class DocumentMapper {
    private final IriMinter iris;
    private final Equivalents equivalents;
    private final Labels labels;

    /** A mapper minting IRIs under {@code baseIri}, without known equivalents. */
    public DocumentMapper(String baseIri) {
        this(new IriMinter(baseIri));
    }

    public DocumentMapper(IriMinter iris) {
        this(iris, Equivalents.NONE);
    }

    /**
     * @param iris        the IRI minter
     * @param equivalents identifiers denoting the same entity, linked with skos:exactMatch
     *                    (for example {@code lexicon::equivalents})
     */
    public DocumentMapper(IriMinter iris, Equivalents equivalents) {
        this(iris, equivalents, Labels.NONE);
    }

    /**
     * @param iris        the IRI minter
     * @param equivalents identifiers denoting the same entity, linked with skos:exactMatch
     * @param labels      preferred labels of entities (for example from the lexicon)
     */
    public DocumentMapper(IriMinter iris, Equivalents equivalents, Labels labels) {
        this.iris = iris;
        this.equivalents = equivalents;
        this.labels = labels;
    }

    /** Maps a document whose mentions, if any, came from the source or an unversioned tagger. */
    public MappedDocument map(Document d) {
        return map(d, null);
    }

    /**
     * Maps a document.
     *
     * @param lexiconVersion version of the tagger's lexicon, recorded as litlod:lexiconVersion on
     *                       annotations a tagger found; null when unknown
     * @throws MappingException naming the document and the problem (malformed identifier, a
     *                          mention whose offsets do not match its passage)
     */
    public MappedDocument map(Document d, String lexiconVersion) {
        String label = d.source().fileName();
        try {
            Model model = ModelFactory.createDefaultModel();
            model.setNsPrefixes(Prefixes.standard());
            String graphIri = iris.graph(d);
            MappingContext c = new MappingContext(model, iris, d,
                    model.createResource(iris.paper(d)), lexiconVersion, equivalents, labels);
            PaperMapper.map(c);
            AuthorMapper.map(c);
            PaperDetailsMapper.map(c);
            ReferenceMapper.map(c);
            SummaryMapper.map(c);
            BodyMapper.map(c);
            PassageMapper.map(c);
            EntityIndex entities = EntityIndex.of(c);
            EntityMapper.map(c, entities);
            DocumentAnnotationMapper.map(c, entities);
            MentionAnnotationMapper.map(c, entities);
            RelationMapper.map(c, entities);
            ProvenanceMapper.map(c, graphIri);
            return new MappedDocument(graphIri, model.getGraph(), label);
        } catch (IllegalArgumentException e) {
            throw new MappingException(label, e.getMessage(), e);
        }
    }
}
