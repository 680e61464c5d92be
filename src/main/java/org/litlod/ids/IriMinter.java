package org.litlod.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Venue;

/**
 * Mints the IRIs of everything litlod publishes under one base IRI. The same input always gives
 * the same IRI. Papers are keyed by DOI (lower case, "/" written "~"), else PMID, else PMCID,
 * else a hash of the normalised title; their parts hang below the paper IRI.
 */
public final class IriMinter {
    /** The base IRI when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public IriMinter() {
        this(DEFAULT_BASE);
    }

    /** @param base the data base IRI; a missing trailing "/" is added */
    public IriMinter(String base) {
        if (base == null || !base.matches("https?://\\S+")) {
            throw new IllegalArgumentException("LITLOD-ID-002 base IRI must be an http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The paper IRI: {@code {base}paper/doi/10.1038~s41375-025-02729-w} and the like. */
    public String paper(Document d) {
        return base + "paper/" + paperKey(d.ids(), d.title());
    }

    /** The named graph holding one paper: {@code {base}graph/} plus the paper's key. */
    public String graph(Document d) {
        return base + "graph/" + paperKey(d.ids(), d.title());
    }

    static String paperKey(DocumentIds ids, String title) {
        PaperIds.check(ids);
        if (ids.doi() != null) {
            return "doi/" + PathSegments.encode(ids.doi().toLowerCase(Locale.ROOT));
        }
        if (ids.pmid() != null) {
            return "pmid/" + ids.pmid();
        }
        if (ids.pmcid() != null) {
            return "pmc/" + ids.pmcid();
        }
        return "title/" + titleHash(title);
    }

    /** The first 16 hex digits of the SHA-256 of the title, NFKC, lower case, words only. */
    static String titleHash(String title) {
        String n = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return sha256Prefix(n);
    }

    private static String sha256Prefix(String n) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A journal shared across papers, by title slug, else ISSN; null when neither is known. */
    public String journal(Venue v) {
        if (v == null) {
            return null;
        }
        if (v.journal() != null && !v.journal().isBlank()) {
            return base + "journal/" + PathSegments.slug(v.journal());
        }
        return v.issn() == null ? null : base + "journal/issn/" + PathSegments.encode(v.issn());
    }

    public String authorList(String paper) { return paper + "/authors"; }
    public String author(String paper, int n) { return paper + "/author/" + n; }
    public String reference(String paper, int n) { return paper + "/reference/" + n; }
    public String section(String paper, int s) { return paper + "/section/" + s; }
    public String paragraph(String paper, int s, int p) { return section(paper, s) + "/paragraph/" + p; }
    public String sectionFigure(String paper, int s, int f) { return section(paper, s) + "/figure/" + f; }
    public String figure(String paper, int f) { return paper + "/figure/" + f; }
    public String finding(String paper, int n) { return paper + "/finding/" + n; }
    public String tldr(String paper) { return paper + "/tldr"; }
    public String contribution(String paper) { return paper + "/contribution"; }
    public String omitted(String paper, int n) { return paper + "/omitted/" + n; }

    /** A passage by its key from {@code Document.passages()}: {@code {paper}/passage/section/1/paragraph/2}. */
    public String passage(String paper, String key) { return paper + "/passage/" + key; }

    /** A substance with a CAS number, shared across papers. */
    public String substance(String cas) { return base + "substance/cas/" + PathSegments.encode(cas); }

    /** A substance without a CAS number, scoped to its paper. */
    public String substance(String paper, int n) { return paper + "/substance/" + n; }

    /** A sequence variant, scoped to its gene when known: {@code {base}variant/ncbigene-238/p.Leu1196Met}. */
    public String variant(Identifier hgvs, Identifier gene) {
        IdSyntax.check(hgvs);
        return base + "variant/" + geneScope(gene) + PathSegments.encode(hgvs.value());
    }

    private static String geneScope(Identifier gene) {
        if (gene == null) {
            return "";
        }
        IdSyntax.check(gene);
        return gene.scheme().name().toLowerCase(Locale.ROOT).replace("_", "") + "-"
                + PathSegments.encode(gene.value()) + "/";
    }

    /** The document-level annotation of one entity in one paper. */
    public String entityAnnotation(String paper, Identifier id, Identifier gene) {
        String scope = id.scheme() == IdScheme.HGVS_PROTEIN ? geneScope(gene) : "";
        return paper + "/annotation/" + id.scheme().name().toLowerCase(Locale.ROOT).replace("_", "")
                + "/" + scope + PathSegments.encode(id.value());
    }

    /** The annotation of one mention: {@code {paper}/annotation/mention/{passage}/{start}-{end}/{type}}. */
    public String mentionAnnotation(String paper, Mention m) {
        return paper + "/annotation/mention/" + m.passage() + "/" + m.start() + "-" + m.end() + "/"
                + m.type().name().toLowerCase(Locale.ROOT);
    }

    /** The specific-resource target of a mention annotation. */
    public String mentionTarget(String annotation) { return annotation + "/target"; }

    /** A relation between entities of a paper, by its position among the paper's relations (from 1). */
    public String relation(String paper, int n) { return paper + "/relation/" + n; }

    public String conversion(String paper) { return paper + "/conversion"; }
    public String sourceFile(String sha256) { return base + "source/" + PathSegments.encode(sha256); }
    public String software() { return base + "software/litlod"; }
    public String dataset() { return base + "dataset"; }

    /**
     * The graph of entity descriptions shared by every document mapped with one lexicon:
     * {@code {base}graph/entities/} and the first 16 hex digits of the SHA-256 of the lexicon's
     * version, or {@code {base}graph/entities/sources} without a lexicon (only what sources list).
     */
    public String entityGraph(String lexiconVersion) {
        return base + "graph/entities/" + (lexiconVersion == null ? "sources" : sha256Prefix(lexiconVersion));
    }

    /** Whether {@code graphIri} is a graph of entity descriptions under this base. */
    public boolean isEntityGraph(String graphIri) {
        return graphIri.startsWith(base + "graph/entities/");
    }
}
