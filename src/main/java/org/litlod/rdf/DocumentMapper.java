package org.litlod.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.litlod.ids.Equivalents;
import org.litlod.ids.Labels;
import org.litlod.ids.IriMinter;
import org.litlod.model.Document;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.PROV;
import org.litlod.vocab.Prefixes;

/**
 * Maps one document of the neutral model to the RDF of its named graph: bibliographic
 * description, summary and body, published passages, document- and mention-level annotations
 * (mentions at the chosen {@link MentionDetail}), and provenance; and, apart, the descriptions
 * of the entities it names, which go in the graph of entity descriptions shared by every
 * document mapped with the same lexicon ({@link IriMinter#entityGraph}), required by the
 * document graph ({@code dcterms:requires}). The same document always gives the same triples
 * (the conversion time aside); blank nodes are used only for selectors and checksums.
 * Thread-safe.
 */
public final class DocumentMapper {
    private final IriMinter iris;
    private final Equivalents equivalents;
    private final Labels labels;
    private final MentionDetail detail;

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
        this(iris, equivalents, labels, MentionDetail.DEFAULT);
    }

    /**
     * @param iris        the IRI minter
     * @param equivalents identifiers denoting the same entity, linked with skos:exactMatch
     * @param labels      preferred labels of entities (for example from the lexicon)
     * @param detail      how much of each mention the document graph records
     */
    public DocumentMapper(IriMinter iris, Equivalents equivalents, Labels labels, MentionDetail detail) {
        this.iris = iris;
        this.equivalents = equivalents;
        this.labels = labels;
        this.detail = detail;
    }

    /** How much of each mention this mapper records. */
    public MentionDetail detail() {
        return detail;
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
            Model model = ModelFactory.createModelForGraph(new DocumentGraph());
            model.setNsPrefixes(Prefixes.standard());
            String graphIri = iris.graph(d);
            MappingContext c = new MappingContext(model, iris, d,
                    model.createResource(iris.paper(d)), lexiconVersion, equivalents, labels, detail);
            PaperMapper.map(c);
            AuthorMapper.map(c);
            PaperDetailsMapper.map(c);
            ReferenceMapper.map(c);
            SummaryMapper.map(c);
            BodyMapper.map(c);
            PassageMapper.map(c);
            EntityIndex entities = EntityIndex.of(c);
            Model described = ModelFactory.createModelForGraph(new DocumentGraph());
            described.setNsPrefixes(Prefixes.standard());
            EntityMapper.map(c.writingTo(described), entities);
            DocumentAnnotationMapper.map(c, entities);
            MentionAnnotationMapper.map(c, entities);
            RelationMapper.map(c, entities);
            String entityGraph = iris.entityGraph(lexiconVersion);
            if (!described.isEmpty()) {
                described.createResource(entityGraph).addProperty(RDF.type, PROV.Collection);
            }
            ProvenanceMapper.map(c, graphIri, described.isEmpty() ? null : entityGraph);
            return new MappedDocument(graphIri, model.getGraph(), label, entityGraph, described.getGraph());
        } catch (IllegalArgumentException e) {
            throw new MappingException(label, e.getMessage(), e);
        }
    }
}
