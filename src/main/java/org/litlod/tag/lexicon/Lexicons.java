package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * Entry point to lexicons: the default lexicon shipped in the project (compiled from the full
 * vocabulary releases and annotated training text by {@code bin/build-lexicon}, see
 * {@code src/main/resources/lexicon/README.md}), the project's curated concepts that go into
 * it, and compiled index files built by users.
 */
public final class Lexicons {

    /** The resource folder of the default lexicon. */
    public static final String RESOURCES = "/lexicon/";

    private static final Map<String, EntityType> TABLES = Map.of(
            "genes.tsv", EntityType.GENE, "diseases.tsv", EntityType.DISEASE,
            "chemicals.tsv", EntityType.CHEMICAL, "species.tsv", EntityType.SPECIES);
    private static final List<String> ORDER =
            List.of("genes.tsv", "diseases.tsv", "chemicals.tsv", "species.tsv");

    /** The resource of the compiled default lexicon. */
    public static final String DEFAULT_FILE = "litlod-default.lex";
    /** The resource of the default lexicon's manifest: its sources, versions and licences. */
    public static final String MANIFEST_FILE = "litlod-default.manifest.tsv";

    private static volatile CompiledLexicon builtin;
    private static volatile CompiledLexicon curated;

    private Lexicons() {
    }

    /**
     * The default lexicon: the compiled file {@value #DEFAULT_FILE} shipped with litlod,
     * built from the vocabulary releases named in its manifest. Loaded once.
     */
    public static CompiledLexicon builtin() {
        CompiledLexicon lexicon = builtin;
        if (lexicon == null) {
            synchronized (Lexicons.class) {
                if (builtin == null) {
                    builtin = loadDefault();
                }
                lexicon = builtin;
            }
        }
        return lexicon;
    }

    /** Whether {@code lexicon} is the default lexicon (without loading it to find out). */
    public static boolean isBuiltin(org.litlod.tag.lexicon.Lexicon lexicon) {
        return lexicon != null && lexicon == builtin;
    }

    /**
     * The project's curated concepts: the tables in {@code src/main/resources/lexicon/}, with
     * the cross-links between the identifiers of each concept and the ambiguity flags. They go
     * into the default lexicon where a release lists their identifiers. Loaded once.
     */
    public static CompiledLexicon curated() {
        CompiledLexicon lexicon = curated;
        if (lexicon == null) {
            synchronized (Lexicons.class) {
                if (curated == null) {
                    curated = loadCurated();
                }
                lexicon = curated;
            }
        }
        return lexicon;
    }

    /** The manifest of the default lexicon, as the text shipped beside it. */
    public static String manifest() {
        try (BufferedReader in = resource(MANIFEST_FILE)) {
            StringBuilder b = new StringBuilder();
            in.lines().forEach(l -> b.append(l).append('\n'));
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon resource " + MANIFEST_FILE, e);
        }
    }

    private static CompiledLexicon loadDefault() {
        try (InputStream in = Lexicons.class.getResourceAsStream(RESOURCES + DEFAULT_FILE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + DEFAULT_FILE
                        + ": build it with bin/build-lexicon");
            }
            return LexiconFile.read(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("default lexicon " + DEFAULT_FILE, e);
        }
    }

    /** A lexicon from a compiled index file written by {@link LexiconFile#write}. */
    public static CompiledLexicon load(Path indexFile) throws IOException {
        try (InputStream in = Files.newInputStream(indexFile)) {
            return LexiconFile.read(in);
        }
    }

    /** The stop-list ({@code lexicon/stoplist.txt}): common words and units that are gene aliases. */
    public static Set<String> stoplist() {
        return new LinkedHashSet<>(firstColumn("stoplist.txt"));
    }

    /** The curated ambiguous aliases ({@code lexicon/ambiguous-aliases.tsv}), first column. */
    public static Set<String> curatedAmbiguousAliases() {
        return new LinkedHashSet<>(firstColumn("ambiguous-aliases.tsv"));
    }

    private static CompiledLexicon loadCurated() {
        List<Concept> concepts = new ArrayList<>();
        for (String table : ORDER) {
            try (BufferedReader in = resource(table)) {
                concepts.addAll(new CuratedTsvReader(TABLES.get(table)).read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("lexicon resource " + table, e);
            }
        }
        String version = firstColumn("VERSION").get(0);
        AmbiguityAssessor assessor = new AmbiguityAssessor(stoplist(), curatedAmbiguousAliases());
        return new CompiledLexicon(version, concepts, linksWithin(concepts), assessor.assess(concepts));
    }

    /** Links between the identifiers of each concept that are in different schemes. */
    static Map<Identifier, List<Identifier>> linksWithin(List<Concept> concepts) {
        Map<Identifier, List<Identifier>> links = new HashMap<>();
        for (Concept c : concepts) {
            for (Identifier a : c.ids()) {
                for (Identifier b : c.ids()) {
                    if (a.scheme() != b.scheme()) {
                        links.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }
        return links;
    }

    private static List<String> firstColumn(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = resource(name)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1)[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon resource " + name, e);
        }
        return out;
    }

    private static BufferedReader resource(String name) throws IOException {
        InputStream in = Lexicons.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
