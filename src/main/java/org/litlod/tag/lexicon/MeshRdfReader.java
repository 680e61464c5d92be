package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.schemes.IdentifierSchemes;

/**
 * Streams NLM's MeSH RDF ({@code mesh.nt}, N-Triples in the {@code meshv:} vocabulary) with
 * Jena RIOT into {@link MeshRecord}s. While parsing it keeps only what the lexicon needs:
 * the type, label and tree numbers of descriptors and SCRs, the concepts of each record
 * ({@code meshv:concept}, {@code meshv:preferredConcept}), the terms of each concept
 * ({@code meshv:term}, {@code meshv:preferredTerm}) and the labels of terms
 * ({@code meshv:prefLabel}, {@code meshv:altLabel}). Records come out when the input ends.
 * Only English (or untagged) labels are kept. Types: topical descriptors by tree number (see {@link MeshRecord#typeOfTrees}),
 * {@code meshv:SCR_Chemical}, {@code SCR_Disease}, {@code SCR_Organism}.
 */
public final class MeshRdfReader {

    private static final String MESH = IdentifierSchemes.MESH.canonical().namespace();
    private static final String MESHV = IdentifierSchemes.MESH_VOCABULARY;
    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final Map<String, EntityType> SCR_TYPES = Map.of(
            MESHV + "SCR_Chemical", EntityType.CHEMICAL, MESHV + "SCR_Disease", EntityType.DISEASE,
            MESHV + "SCR_Organism", EntityType.SPECIES);
    private static final Set<String> RECORD_TYPES = Set.of(MESHV + "TopicalDescriptor",
            MESHV + "SCR_Chemical", MESHV + "SCR_Disease", MESHV + "SCR_Organism");

    private final Lang lang;

    /** A reader of N-Triples, the format NLM publishes. */
    public MeshRdfReader() {
        this(Lang.NTRIPLES);
    }

    /** A reader of another RDF syntax. */
    public MeshRdfReader(Lang lang) {
        this.lang = lang;
    }

    /** Reads every typed descriptor and SCR of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<MeshRecord> sink) throws IOException {
        Map<String, Rec> records = new LinkedHashMap<>();
        Map<String, List<String>> conceptTerms = new HashMap<>();
        Map<String, List<String>> termLabels = new HashMap<>();
        RDFParser.source(VocabularyFiles.decompressed(in)).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                Node s = t.getSubject();
                Node o = t.getObject();
                if (!s.isURI() || !s.getURI().startsWith(MESH)) {
                    return;
                }
                String local = s.getURI().substring(MESH.length());
                String p = t.getPredicate().getURI();
                switch (p) {
                    case TYPE -> {
                        if (o.isURI() && RECORD_TYPES.contains(o.getURI())) {
                            rec(records, local).type = SCR_TYPES.get(o.getURI());
                            rec(records, local).typed = true;
                        }
                    }
                    case LABEL -> {
                        if (isRecordUi(local) && english(o)) {
                            rec(records, local).label = o.getLiteralLexicalForm();
                        }
                    }
                    case MESHV + "treeNumber" ->
                            rec(records, local).trees.add(local(o));
                    case MESHV + "concept", MESHV + "preferredConcept" ->
                            rec(records, local).concepts.add(local(o));
                    case MESHV + "term", MESHV + "preferredTerm" -> {
                        if (!isRecordUi(local)) {
                            conceptTerms.computeIfAbsent(local, k -> new ArrayList<>(4)).add(local(o));
                        }
                    }
                    case MESHV + "prefLabel", MESHV + "altLabel" -> {
                        if (english(o)) {
                            termLabels.computeIfAbsent(local, k -> new ArrayList<>(2))
                                    .add(o.getLiteralLexicalForm());
                        }
                    }
                    default -> { }
                }
            }
        });
        int count = 0;
        for (Map.Entry<String, Rec> e : records.entrySet()) {
            Rec r = e.getValue();
            if (!r.typed || r.label == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(r.label);
            for (String concept : r.concepts) {
                for (String term : conceptTerms.getOrDefault(concept, List.of())) {
                    names.addAll(termLabels.getOrDefault(term, List.of()));
                }
            }
            EntityType type = r.type != null ? r.type : MeshRecord.typeOfTrees(r.trees);
            sink.accept(new MeshRecord(new Identifier(IdScheme.MESH, e.getKey()), r.label, type,
                    new ArrayList<>(names), r.trees));
            count++;
        }
        return count;
    }

    /** The local name of a MeSH IRI ("M0014585"), to keep the maps small; other IRIs whole. */
    private static String local(Node o) {
        String iri = o.isURI() ? o.getURI() : o.toString();
        return iri.startsWith(MESH) ? iri.substring(MESH.length()) : iri;
    }

    /** English or untagged literals only: translations of MeSH carry their language tag. */
    private static boolean english(Node o) {
        if (!o.isLiteral()) {
            return false;
        }
        String lang = o.getLiteralLanguage();
        return lang.isEmpty() || lang.equalsIgnoreCase("en") || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-");
    }

    private static boolean isRecordUi(String local) {
        return local.length() > 1 && (local.charAt(0) == 'D' || local.charAt(0) == 'C')
                && Character.isDigit(local.charAt(1)) && local.indexOf('Q') < 0;
    }

    private static Rec rec(Map<String, Rec> records, String ui) {
        return records.computeIfAbsent(ui, k -> new Rec());
    }

    private static final class Rec {
        boolean typed;
        EntityType type;
        String label;
        final List<String> trees = new ArrayList<>(2);
        final Set<String> concepts = new LinkedHashSet<>();
    }
}
