package org.litlod.schemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Everything litlod knows about one identifier scheme, built with {@link #builder(String)}: its
 * name (the model's {@code IdScheme} name where there is one), CURIE prefixes (the first is the
 * one litlod writes, all are accepted case-insensitively), the syntax of a value with an example
 * and an extra check, the canonical IRI form and the other IRI forms in use, the identifier literal
 * other endpoints store, the landing page, SPARQL endpoint, linked dataset and implied entity type.
 */
public final class IdentifierScheme {
    private final String name;
    private final String title;
    private final List<String> curiePrefixes;
    private final List<String> textPrefixes;
    private final Pattern syntax;
    private final boolean upperCase;
    private final String example;
    private final String expected;
    private final Predicate<String> check;
    private final IriForm canonical;
    private final List<IriForm> otherIris;
    private final String literalPrefix;
    private final String displayPrefix;
    private final String landingPage;
    private final String sparqlEndpoint;
    private final LinkedDataset dataset;
    private final String entityType;

    private IdentifierScheme(Builder b) {
        name = b.name;
        title = Objects.requireNonNull(b.title, "title");
        curiePrefixes = List.copyOf(b.curiePrefixes);
        textPrefixes = List.copyOf(b.textPrefixes);
        syntax = Pattern.compile(Objects.requireNonNull(b.syntax, "syntax"));
        upperCase = b.upperCase;
        example = Objects.requireNonNull(b.example, "example");
        expected = Objects.requireNonNull(b.expected, "expected");
        check = b.check;
        canonical = b.canonical;
        otherIris = List.copyOf(b.otherIris);
        literalPrefix = b.literalPrefix;
        displayPrefix = b.displayPrefix;
        landingPage = b.landingPage;
        sparqlEndpoint = b.sparqlEndpoint;
        dataset = b.dataset;
        entityType = b.entityType;
        if (curiePrefixes.isEmpty()) {
            throw new IllegalStateException(name + " needs a CURIE prefix");
        }
    }

    /** A builder for the scheme with this name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The scheme's name, the model's {@code IdScheme} name where there is one ("NCBI_GENE"). */
    public String name() {
        return name;
    }

    /** The display name ("NCBI Gene"). */
    public String title() {
        return title;
    }

    /** CURIE prefixes, the one litlod writes first ("NCBIGene", "ncbigene", "entrezgene"). */
    public List<String> curiePrefixes() {
        return curiePrefixes;
    }

    /** How prose writes the scheme before a value, lower case, longest first ("ncbi gene id"). */
    public List<String> textPrefixes() {
        return textPrefixes;
    }

    /** Whether a CURIE prefix is one of the scheme's, ignoring case. */
    public boolean hasPrefix(String prefix) {
        String p = prefix.trim().toLowerCase(Locale.ROOT);
        return curiePrefixes.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(p));
    }

    /** The syntax of a value (without prefix). */
    public Pattern syntax() {
        return syntax;
    }

    /** A valid value ("238"). */
    public String example() {
        return example;
    }

    /** The expected form, for error messages ("a positive integer (238)"). */
    public String expected() {
        return expected;
    }

    /** Whether a value has the scheme's syntax and passes its extra check (CAS check digit). */
    public boolean isValid(String value) {
        return value != null && syntax.matcher(value).matches() && check.test(value);
    }

    /** The value in its canonical case (MeSH UIs upper-case), as written otherwise. */
    public String normalise(String value) {
        return upperCase ? value.toUpperCase(Locale.ROOT) : value;
    }

    /** The CURIE litlod writes ("NCBIGene:238"). */
    public String curie(String value) {
        return curiePrefixes.get(0) + ":" + value;
    }

    /** Whether identifiers of the scheme are entities with IRIs of their own. */
    public boolean hasOwnIri() {
        return canonical != null;
    }

    /** The canonical IRI form, or null for schemes published as literals only (CAS, HGVS). */
    public IriForm canonical() {
        return canonical;
    }

    /** The other IRI forms in use for the same identifiers, in a fixed order. */
    public List<IriForm> otherIris() {
        return otherIris;
    }

    /** The canonical form first, then the others. */
    public List<IriForm> iriForms() {
        List<IriForm> all = new ArrayList<>();
        if (canonical != null) {
            all.add(canonical);
        }
        all.addAll(otherIris);
        return all;
    }

    /** The canonical IRI of a value. */
    public String iri(String value) {
        if (canonical == null) {
            throw new IllegalArgumentException(name + " identifiers have no IRI of their own");
        }
        return canonical.iri(value);
    }

    /** The IRIs litlod links the canonical IRI to with {@code skos:exactMatch}. */
    public List<String> exactMatches(String value) {
        return otherIris.stream().filter(IriForm::exactMatch).map(f -> f.iri(value)).toList();
    }

    /** The value an IRI in one of the scheme's forms carries, or null. */
    public String valueOfIri(String iri) {
        for (IriForm f : iriForms()) {
            String v = f.valueOf(iri);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The identifier literal other endpoints store ("238", "MONDO:0002049"). */
    public String literal(String value) {
        return literalPrefix + value;
    }

    /** The value of an identifier literal, or null when it does not have the scheme's form. */
    public String valueOfLiteral(String literal) {
        return literal.startsWith(literalPrefix) ? literal.substring(literalPrefix.length()) : null;
    }

    /** How the pages show a value ("CID 11597571", "MONDO:0002049"). */
    public String display(String value) {
        return displayPrefix + value;
    }

    /** The landing page of a value in the scheme's own database. */
    public String landingPage(String value) {
        String page = canonical != null && canonical.page() != null ? canonical.pageOf(value) : null;
        return page != null ? page : landingPage == null ? null : landingPage.replace("{id}", value);
    }

    /** The public SPARQL endpoint that holds the scheme's entities, or null. */
    public String sparqlEndpoint() {
        return sparqlEndpoint;
    }

    /** The dataset litlod publishes a {@code void:Linkset} to, or null. */
    public LinkedDataset dataset() {
        return dataset;
    }

    /** The name of the model's {@code EntityType} the scheme implies, or null when it spans several. */
    public String entityType() {
        return entityType;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds a scheme; title, a CURIE prefix, syntax and example are required. */
    public static final class Builder {
        private final String name;
        private String title;
        private final List<String> curiePrefixes = new ArrayList<>();
        private final List<String> textPrefixes = new ArrayList<>();
        private String syntax;
        private boolean upperCase;
        private String example;
        private String expected;
        private Predicate<String> check = v -> true;
        private IriForm canonical;
        private final List<IriForm> otherIris = new ArrayList<>();
        private String literalPrefix = "";
        private String displayPrefix = "";
        private String landingPage;
        private String sparqlEndpoint;
        private LinkedDataset dataset;
        private String entityType;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name);
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** CURIE prefixes, the written one first. */
        public Builder curie(String... prefixes) {
            curiePrefixes.addAll(List.of(prefixes));
            return this;
        }

        /** Prefixes as prose writes them, lower case, longest first; a space matches any spacing. */
        public Builder text(String... prefixes) {
            textPrefixes.addAll(List.of(prefixes));
            return this;
        }

        /** The syntax of a value, an example and the expected form in words for error messages. */
        public Builder syntax(String regex, String example, String expected) {
            this.syntax = regex;
            this.example = example;
            this.expected = expected;
            return this;
        }

        /** Readers upper-case a value before checking it (MeSH UIs written "d013921"). */
        public Builder upperCase() {
            this.upperCase = true;
            return this;
        }

        /** An extra check beyond the syntax (a check digit). */
        public Builder check(Predicate<String> check) {
            this.check = check;
            return this;
        }

        /** The canonical IRI form. */
        public Builder iri(String namespace, String source, String page) {
            this.canonical = new IriForm(namespace, source, page, false);
            return this;
        }

        /** Another IRI form linked with {@code skos:exactMatch}. */
        public Builder exactMatch(String namespace, String source, String page) {
            otherIris.add(new IriForm(namespace, source, page, true));
            return this;
        }

        /** Another IRI form recognised but not linked to. */
        public Builder alsoIri(String namespace, String source, String page) {
            otherIris.add(new IriForm(namespace, source, page, false));
            return this;
        }

        /** What precedes the value in the identifier literal ("MONDO:"); empty by default. */
        public Builder literalPrefix(String prefix) {
            this.literalPrefix = prefix;
            return this;
        }

        /** What precedes the value on the pages ("CID "); empty by default. */
        public Builder displayPrefix(String prefix) {
            this.displayPrefix = prefix;
            return this;
        }

        /** The landing page with {@code {id}}, for schemes whose canonical form has none. */
        public Builder landingPage(String page) {
            this.landingPage = page;
            return this;
        }

        public Builder sparqlEndpoint(String endpoint) {
            this.sparqlEndpoint = endpoint;
            return this;
        }

        public Builder dataset(LinkedDataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The name of the model's {@code EntityType} the scheme implies. */
        public Builder entityType(String type) {
            this.entityType = type;
            return this;
        }

        public IdentifierScheme build() {
            return new IdentifierScheme(this);
        }
    }
}
