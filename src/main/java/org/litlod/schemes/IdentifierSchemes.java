package org.litlod.schemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of identifier schemes: every scheme litlod reads, publishes or links to, in
 * canonical order (where an entity has identifiers of several schemes, the first scheme's is its
 * canonical identifier). Adding a scheme is one descriptor here and its test.
 */
public final class IdentifierSchemes {
    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private static final String UNIPROT = "http://purl.uniprot.org/";
    private static final String IDENTIFIERS_ORG = "http://identifiers.org/";
    private static final String MESH_NS = "http://id.nlm.nih.gov/mesh/";
    private static final String PUBCHEM_RDF = "http://rdf.ncbi.nlm.nih.gov/pubchem/";
    private static final String PUBMED_RDF = "http://rdf.ncbi.nlm.nih.gov/pubmed/";
    private static final String UBERGRAPH = "https://ubergraph.apps.renci.org/sparql";
    private static final String POSITIVE = "[1-9]\\d{0,11}";
    private static final String OMIM_PAGE = "https://omim.org/entry/{id}";

    /** The vocabulary of NLM's MeSH RDF ({@code meshv:}). */
    public static final String MESH_VOCABULARY = MESH_NS + "vocab#";

    public static final IdentifierScheme MONDO = IdentifierScheme.builder("MONDO")
            .title("MONDO Disease Ontology").curie("MONDO").text("mondo")
            .syntax("\\d{7}", "0002049", "7 digits (0002049)")
            .iri(OBO + "MONDO_", "MONDO", "https://monarchinitiative.org/MONDO:{id}")
            .literalPrefix("MONDO:").displayPrefix("MONDO:").sparqlEndpoint(UBERGRAPH)
            .dataset(new LinkedDataset("mondo", "MONDO Disease Ontology", OBO + "MONDO_", OBO + "mondo.owl",
                    "https://mondo.monarchinitiative.org/", UBERGRAPH))
            .entityType("DISEASE").build();

    public static final IdentifierScheme NCBI_GENE = IdentifierScheme.builder("NCBI_GENE")
            .title("NCBI Gene").curie("NCBIGene", "ncbigene", "entrezgene", "ncbi gene", "gene")
            .text("ncbi gene id", "ncbi gene", "gene id", "entrez gene", "entrez")
            .syntax(POSITIVE, "238", "a positive integer (238)")
            .iri(IDENTIFIERS_ORG + "ncbigene/", "NCBI Gene", "https://www.ncbi.nlm.nih.gov/gene/{id}")
            .exactMatch(UNIPROT + "geneid/", "UniProt (GeneID)", "https://www.uniprot.org/uniprotkb?query=xref:geneid-{id}")
            .exactMatch("https://www.ncbi.nlm.nih.gov/gene/", "NCBI Gene", "https://www.ncbi.nlm.nih.gov/gene/{id}")
            .dataset(new LinkedDataset("ncbigene", "NCBI Gene", IDENTIFIERS_ORG + "ncbigene/",
                    "https://www.ncbi.nlm.nih.gov/gene", "https://www.ncbi.nlm.nih.gov/gene/", null))
            .sparqlEndpoint("https://sparql.uniprot.org/sparql")
            .entityType("GENE").build();

    public static final IdentifierScheme NCBI_TAXON = IdentifierScheme.builder("NCBI_TAXON")
            .title("NCBI Taxonomy").curie("NCBITaxon", "taxon", "taxonomy")
            .text("ncbi taxonomy", "ncbi taxon", "taxon", "taxid")
            .syntax(POSITIVE, "9606", "a positive integer (9606)")
            .iri(OBO + "NCBITaxon_", "NCBI Taxonomy", "https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id={id}")
            .exactMatch(UNIPROT + "taxonomy/", "UniProt Taxonomy", "https://www.uniprot.org/taxonomy/{id}")
            .exactMatch(IDENTIFIERS_ORG + "taxonomy/", "NCBI Taxonomy (identifiers.org)", "https://identifiers.org/taxonomy:{id}")
            .sparqlEndpoint(UBERGRAPH)
            .dataset(new LinkedDataset("ncbitaxon", "NCBI Taxonomy", OBO + "NCBITaxon_", OBO + "ncbitaxon.owl",
                    "https://www.ncbi.nlm.nih.gov/taxonomy", UBERGRAPH))
            .entityType("SPECIES").build();

    public static final IdentifierScheme PUBCHEM_COMPOUND = IdentifierScheme.builder("PUBCHEM_COMPOUND")
            .title("PubChem Compound").curie("PUBCHEM.COMPOUND", "cid").text("pubchem cid", "pubchem", "cid")
            .syntax(POSITIVE, "11597571", "a positive integer (11597571)")
            .iri(PUBCHEM_RDF + "compound/CID", "PubChem", "https://pubchem.ncbi.nlm.nih.gov/compound/{id}")
            .displayPrefix("CID ").sparqlEndpoint("https://idsm.elixir-czech.cz/sparql/endpoint/idsm")
            .dataset(new LinkedDataset("pubchem", "PubChem Compound", PUBCHEM_RDF + "compound/",
                    "http://rdf.ncbi.nlm.nih.gov/pubchem", "https://pubchem.ncbi.nlm.nih.gov/",
                    "https://idsm.elixir-czech.cz/sparql/endpoint/idsm"))
            .entityType("CHEMICAL").build();

    public static final IdentifierScheme MESH = IdentifierScheme.builder("MESH")
            .title("MeSH").curie("MESH").text("mesh").upperCase()
            .syntax("[DC]\\d{6,9}", "D013921", "D or C and 6-9 digits (D013921)")
            .iri(MESH_NS, "MeSH", "https://meshb.nlm.nih.gov/record/ui?ui={id}")
            .exactMatch(IDENTIFIERS_ORG + "mesh/", "MeSH (identifiers.org)", "https://identifiers.org/mesh:{id}")
            .sparqlEndpoint("https://id.nlm.nih.gov/mesh/sparql")
            .dataset(new LinkedDataset("mesh", "MeSH", MESH_NS, "http://id.nlm.nih.gov/mesh",
                    "https://id.nlm.nih.gov/mesh/", "https://id.nlm.nih.gov/mesh/sparql"))
            .build();

    public static final IdentifierScheme OMIM = IdentifierScheme.builder("OMIM")
            .title("OMIM").curie("OMIM", "mim")
            .syntax("\\d{6}", "261600", "a 6-digit MIM number (261600)")
            .iri("https://omim.org/entry/", "OMIM", OMIM_PAGE)
            .exactMatch(UNIPROT + "mim/", "OMIM (UniProt)", OMIM_PAGE)
            .exactMatch(IDENTIFIERS_ORG + "omim/", "OMIM (identifiers.org)", OMIM_PAGE)
            .displayPrefix("OMIM:").entityType("DISEASE").build();

    public static final IdentifierScheme HGNC = IdentifierScheme.builder("HGNC")
            .title("HGNC").curie("HGNC").text("hgnc")
            .syntax(POSITIVE, "427", "a positive integer (427)")
            .iri(IDENTIFIERS_ORG + "hgnc/", "HGNC",
                    "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:{id}")
            .literalPrefix("HGNC:").displayPrefix("HGNC:").entityType("GENE").build();

    public static final IdentifierScheme ENSEMBL_GENE = IdentifierScheme.builder("ENSEMBL_GENE")
            .title("Ensembl gene").curie("ENSEMBL", "ensembl.gene")
            .syntax("ENS[A-Z]*G\\d{11}", "ENSG00000171094", "ENS, a species code, G and 11 digits (ENSG00000171094)")
            .iri(IDENTIFIERS_ORG + "ensembl/", "Ensembl", "https://www.ensembl.org/id/{id}")
            .exactMatch(UNIPROT + "ensembl/", "UniProt (Ensembl)", "https://www.ensembl.org/id/{id}")
            .sparqlEndpoint("https://sparql.uniprot.org/sparql")
            .entityType("GENE").build();

    public static final IdentifierScheme CAS = IdentifierScheme.builder("CAS")
            .title("CAS Registry Number").curie("CAS")
            .syntax("\\d{2,7}-\\d{2}-\\d", "877399-52-5",
                    "a CAS registry number with a correct check digit (877399-52-5)")
            .check(CasCheckDigit::isValid)
            .landingPage("https://commonchemistry.cas.org/detail?cas_rn={id}").build();

    public static final IdentifierScheme HGVS_PROTEIN;

    static {
        String aa = "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe"
                + "|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter|Xaa)";
        String pos = aa + "\\d+";
        HGVS_PROTEIN = IdentifierScheme.builder("HGVS_PROTEIN")
                .title("HGVS protein change").curie("HGVS")
                .syntax("p\\.\\(?" + pos + "(?:_" + pos + ")?" + "(?:" + aa + "|\\*|=|\\?|del|dup|(?:del)?ins"
                        + aa + "+|" + aa + "?fs(?:Ter|\\*)?\\d*" + "|ext\\S*)\\)?", "p.Leu1196Met",
                        "an HGVS protein change with 3-letter amino acids (p.Leu1196Met)")
                .entityType("VARIANT").build();
    }

    public static final IdentifierScheme UNIPROT_KB = IdentifierScheme.builder("UNIPROT")
            .title("UniProtKB").curie("UniProtKB", "uniprot")
            .syntax("[OPQ]\\d[A-Z\\d]{3}\\d|[A-NR-Z]\\d(?:[A-Z][A-Z\\d]{2}\\d){1,2}", "Q9UM73",
                    "a UniProtKB accession (Q9UM73)")
            .iri(UNIPROT + "uniprot/", "UniProt", "https://www.uniprot.org/uniprotkb/{id}")
            .sparqlEndpoint("https://sparql.uniprot.org/sparql")
            .dataset(new LinkedDataset("uniprot", "UniProt", UNIPROT, "http://purl.uniprot.org",
                    "https://www.uniprot.org/", "https://sparql.uniprot.org/sparql"))
            .build();

    public static final IdentifierScheme DOI = IdentifierScheme.builder("DOI")
            .title("DOI").curie("doi")
            .syntax("10\\.\\d{4,9}/\\S+", "10.1038/s41375-025-02729-w", "10.NNNN/suffix")
            .iri("https://doi.org/", "DOI", "https://doi.org/{id}")
            .displayPrefix("DOI ").sparqlEndpoint("https://query-scholarly.wikidata.org/sparql").build();

    public static final IdentifierScheme PMID = IdentifierScheme.builder("PMID")
            .title("PubMed").curie("PMID", "pubmed")
            .syntax("[1-9]\\d{0,9}", "22277784", "a positive integer")
            .iri(PUBMED_RDF, "PubMed", "https://pubmed.ncbi.nlm.nih.gov/{id}/")
            .alsoIri(UNIPROT + "pubmed/", "PubMed (UniProt)", "https://pubmed.ncbi.nlm.nih.gov/{id}/")
            .displayPrefix("PMID ").sparqlEndpoint("https://query-scholarly.wikidata.org/sparql")
            .dataset(new LinkedDataset("pubmed", "PubMed", PUBMED_RDF, "http://rdf.ncbi.nlm.nih.gov/pubmed",
                    "https://pubmed.ncbi.nlm.nih.gov/", null))
            .build();

    public static final IdentifierScheme PMCID = IdentifierScheme.builder("PMCID")
            .title("PubMed Central").curie("PMCID", "pmc")
            .syntax("PMC[1-9]\\d{0,9}", "PMC12589124", "PMC and digits")
            .iri("https://europepmc.org/articles/", "Europe PMC", "https://europepmc.org/articles/{id}")
            .sparqlEndpoint("https://query-scholarly.wikidata.org/sparql").build();

    public static final IdentifierScheme ORCID = IdentifierScheme.builder("ORCID")
            .title("ORCID").curie("ORCID")
            .syntax("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]", "0000-0002-1825-0097", "an ORCID iD (0000-0002-1825-0097)")
            .iri("https://orcid.org/", "ORCID", "https://orcid.org/{id}").build();

    private static final List<IdentifierScheme> ALL = List.of(MONDO, NCBI_GENE, NCBI_TAXON, PUBCHEM_COMPOUND,
            MESH, OMIM, HGNC, ENSEMBL_GENE, CAS, HGVS_PROTEIN, UNIPROT_KB, DOI, PMID, PMCID, ORCID);

    private static final Map<String, IdentifierScheme> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(s -> BY_NAME.put(s.name(), s));
    }

    private IdentifierSchemes() {
    }

    /** Every scheme, in canonical order. */
    public static List<IdentifierScheme> all() {
        return ALL;
    }

    /** The scheme of that name ("NCBI_GENE"). */
    public static Optional<IdentifierScheme> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The scheme one of whose CURIE prefixes this is, ignoring case. */
    public static Optional<IdentifierScheme> byPrefix(String prefix) {
        return ALL.stream().filter(s -> s.hasPrefix(prefix)).findFirst();
    }

    /** The scheme and IRI form an IRI is written in, or empty. */
    public static Optional<Match> byIri(String iri) {
        for (IdentifierScheme s : ALL) {
            for (IriForm f : s.iriForms()) {
                String v = f.valueOf(iri);
                if (v != null) {
                    return Optional.of(new Match(s, f, v));
                }
            }
        }
        return Optional.empty();
    }

    /** The datasets litlod publishes linksets to. */
    public static List<LinkedDataset> datasets() {
        List<LinkedDataset> out = new ArrayList<>();
        ALL.stream().filter(s -> s.dataset() != null).forEach(s -> out.add(s.dataset()));
        return out;
    }

    /**
     * The prefixes litlod writes for the namespaces of entity IRIs in Turtle and SPARQL:
     * {@code obo:}, {@code mesh:}, {@code ncbigene:}, {@code pubchem:} and {@code pubmed:}.
     */
    public static Map<String, String> turtlePrefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("obo", OBO);
        p.put("mesh", MESH.canonical().namespace());
        p.put("ncbigene", NCBI_GENE.canonical().namespace());
        p.put("pubchem", PUBCHEM_COMPOUND.dataset().uriSpace());
        p.put("pubmed", PMID.canonical().namespace());
        return p;
    }

    /** An IRI read as a value of a scheme in one of its IRI forms. */
    public record Match(IdentifierScheme scheme, IriForm form, String value) {
    }
}
