package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.litlod.vocab.LITLOD;

/**
 * The full-text index of a store: a Lucene index in {@code {db}/text-index} over titles,
 * abstracts, text units (key findings, TL;DRs, passages, paragraphs) and entity labels, kept in
 * step with the TDB2 data because every write goes through the {@link DatasetGraphText} this
 * class builds (the index commits with the data transaction). The same definition is written
 * out in {@code fuseki-config/config.ttl} for stock Fuseki; a test keeps both equal.
 */
public final class TextIndexing {
    /** Folder of the index inside the store directory. */
    public static final String FOLDER = "text-index";
    /** The one Lucene field every indexed literal goes to (what {@code text:query "..."} searches). */
    public static final String FIELD = "text";
    /** Lucene field holding the subject IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** Lucene field holding the named graph, so a graph's entries can be removed on their own. */
    public static final String GRAPH_FIELD = "graph";
    /** Lucene field holding the language tag or datatype of a literal, returned with it. */
    public static final String LANG_FIELD = "lang";
    /** Lucene field holding a hash of the quad, needed to delete entries. */
    public static final String UID_FIELD = "uid";
    /** The indexed predicates, in the order of config.ttl. */
    public static final List<Node> PREDICATES = List.of(DCTerms.title.asNode(), DCTerms.abstract_.asNode(),
            LITLOD.text.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode());

    private static final Set<Node> INDEXED = Set.copyOf(PREDICATES);

    private TextIndexing() {
    }

    /** The entity definition: all predicates in one field, with graph and uid fields. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FIELD, GRAPH_FIELD, PREDICATES.get(0));
        for (Node p : PREDICATES.subList(1, PREDICATES.size())) {
            def.set(FIELD, p);
        }
        def.setUidField(UID_FIELD);
        def.setLangField(LANG_FIELD);
        return def;
    }

    /** The index configuration: the definition, with the literals stored so that hits can show them. */
    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        return config;
    }

    /**
     * Wraps the TDB2 dataset of {@code db} with the text index in {@code db/text-index}. An
     * index created here over a store that already holds data is filled from that data first.
     */
    static DatasetGraphText open(DatasetGraph tdb, Path db) {
        Path dir = db.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(tdb, index, true);
            if (fresh) {
                fill(tdb, index);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-STORE-010 cannot open the text index in " + dir, e);
        }
    }

    /**
     * Takes the text index out of the TDB2 transaction coordinator, where the text dataset
     * registered it, so that a closed index is no longer committed and a reopened one can
     * take its place.
     */
    static void detach(DatasetGraph tdb) {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
        coordinator.modifyConfig(() -> coordinator.listExternals().stream()
                .filter(c -> c instanceof TextIndexDB).toList().forEach(coordinator::removeExternal));
    }

    /** Adds the entry of a quad to the index, when its predicate is an indexed one. */
    static void add(TextIndex index, Quad quad) {
        if (INDEXED.contains(quad.getPredicate())) {
            Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), quad);
            if (e != null) {
                index.addEntity(e);
            }
        }
    }

    /** Indexes every quad of {@code tdb} with an indexed predicate (an index built after the data). */
    private static void fill(DatasetGraph tdb, TextIndex index) {
        Txn.executeRead(tdb, () -> {
            try {
                for (Node p : PREDICATES) {
                    tdb.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> add(index, q));
                }
                index.prepareCommit();
                index.commit();
            } catch (RuntimeException e) {
                index.rollback();
                throw e;
            }
        });
    }
}
