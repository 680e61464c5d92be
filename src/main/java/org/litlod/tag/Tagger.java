package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.ListedEntity;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Mention;
import org.litlod.model.Passage;
import org.litlod.tag.abbrev.AbbreviationFinder;
import org.litlod.tag.dict.Dictionary;
import org.litlod.tag.dict.DictionaryCache;
import org.litlod.tag.dict.DictionaryCompiler;
import org.litlod.tag.dict.DictionaryMatch;
import org.litlod.tag.dict.Target;
import org.litlod.tag.lexicon.Ambiguity;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.match.LongestMatch;
import org.litlod.tag.text.NormalisedText;
import org.litlod.tag.text.TextNormaliser;
import org.litlod.tag.variant.VariantRecogniser;

/**
 * Finds the genes, diseases, chemicals, species and protein variants mentioned in every passage
 * of a document, with exact offsets and normalised identifiers.
 *
 * <p>The lexicon is compiled once, at construction, into a trie over
 * normalised names. Each document is then tagged in one pass per passage: dictionary matches
 * (plus the entities the document itself lists, evidence SOURCE_LIST; a name followed by
 * "-like" is not taken), abbreviations the text
 * defines, the short names of the species it names ("P. falciparum", the genus alone), genes
 * given the organism the document is about, longest-leftmost choice, merging into one mention
 * per span and concept, and protein variants attached to the nearest gene. Instances are immutable and thread-safe.
 */
public final class Tagger {

    private final Lexicon lexicon;
    private final TaggerOptions options;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final DictionaryCompiler compiler;
    private final Dictionary dictionary;
    private final ShortForms shortForms = new ShortForms(new AbbreviationFinder());
    private final SpeciesShortForms speciesShortForms = new SpeciesShortForms();
    private final GeneOrganisms geneOrganisms;
    private final VariantLinker variants = new VariantLinker(new VariantRecogniser());
    private final Coordinations coordinations = new Coordinations(this::named);

    /** A tagger for {@code lexicon} with {@link TaggerOptions#DEFAULTS}. */
    public Tagger(Lexicon lexicon) {
        this(lexicon, TaggerOptions.DEFAULTS);
    }

    /**
     * A tagger for {@code lexicon}; compiles the lexicon, which takes a while for a large one,
     * unless the cache of this process's environment holds it compiled ({@link DictionaryCache#standard()}).
     */
    public Tagger(Lexicon lexicon, TaggerOptions options) {
        this(lexicon, options, DictionaryCache.standard());
    }

    /**
     * A tagger for {@code lexicon}, its dictionary compiled or taken from {@code cache}; the
     * lexicon's own index is built meanwhile on another core ({@link Lexicon#prepare}).
     */
    public Tagger(Lexicon lexicon, TaggerOptions options, DictionaryCache cache) {
        this.lexicon = lexicon;
        this.options = options;
        this.compiler = new DictionaryCompiler(normaliser, flaggedBy(lexicon), unusedIn(lexicon));
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(lexicon::prepare);
        this.dictionary = cache.dictionary(lexicon, options.speciesWords(),
                () -> compiler.compile(lexicon, options.speciesWords()));
        prepared.join();
        this.geneOrganisms = new GeneOrganisms(lexicon);
    }

    /**
     * The document with the mentions found added to those it already has; a mention the document
     * came with and one found here on the same span, type and identifier become one, recording
     * both sources.
     */
    public Document tag(Document d) {
        return d.withOnlyMentions(SourceMentionMerger.merge(d.mentions(), find(d)));
    }

    /** The mentions found in the passages of {@code d}, in passage and text order. */
    public List<Mention> find(Document d) {
        return find(d.passages(), d.entities());
    }

    /** The mentions found in {@code passages}, with {@code listed} as extra dictionary entries. */
    public List<Mention> find(List<Passage> passages, List<ListedEntity> listed) {
        List<ListedEntity> typed = listed.stream().filter(e -> e.type() != null).toList();
        Dictionary own = typed.isEmpty() ? null : compiler.compileListed(typed, lexicon);
        List<List<Candidate>> candidates = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            NormalisedText text = normaliser.normalise(p.text());
            List<Candidate> list = new ArrayList<>();
            add(p.text(), dictionary.find(text), Evidence.DICTIONARY, list);
            if (own != null) {
                add(p.text(), own.find(text), Evidence.SOURCE_LIST, list);
            }
            candidates.add(list);
        }
        if (options.abbreviations()) {
            shortForms.apply(passages, candidates);
            speciesShortForms.apply(passages, candidates);
        }
        geneOrganisms.apply(candidates);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            List<Candidate> chosen = LongestMatch.select(candidates.get(i), Candidate::start, Candidate::end);
            List<Mention> found = coordinations.resolve(passages.get(i), MentionMerger.merge(passages.get(i), chosen));
            out.addAll(found);
            if (options.variants()) {
                out.addAll(variants.link(passages.get(i), found));
            }
        }
        return out;
    }

    /**
     * The concept of the type whose name is all of {@code name}, if any: the one found by its
     * primary name, else the first.
     */
    private Optional<Target> named(String name, EntityType type) {
        Target best = null;
        for (DictionaryMatch m : dictionary.find(normaliser.normalise(name))) {
            if (m.start() == 0 && m.end() == name.length() && m.entry().target().type() == type) {
                if (m.entry().primary()) {
                    return Optional.of(m.entry().target());
                }
                if (best == null) {
                    best = m.entry().target();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lexicon this tagger was built from. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The number of distinct normalised names in the compiled dictionary. */
    public int dictionarySize() {
        return dictionary.size();
    }

    private static void add(String text, List<DictionaryMatch> matches, Evidence evidence,
                            List<Candidate> out) {
        for (DictionaryMatch m : matches) {
            if (followedByLike(text, m.end())) {
                continue;
            }
            int start = m.entry().target().type() == EntityType.CHEMICAL
                    ? StereoPrefix.extend(text, m.start()) : m.start();
            out.add(new Candidate(start, m.end(), m.entry().target(), m.entry().primary(), evidence));
        }
    }

    /** "hepatitis-like", "insulin-like": what resembles a thing is not the thing. */
    private static boolean followedByLike(String text, int end) {
        return end + 5 <= text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2010')
                && text.regionMatches(true, end + 1, "like", 0, 4)
                && (end + 5 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 5)));
    }

    /** Names of a concept that training text showed are not used as names of its type. */
    private static BiPredicate<Concept, String> unusedIn(Lexicon lexicon) {
        if (lexicon instanceof CompiledLexicon compiled) {
            return (concept, name) -> compiled.ambiguity(concept, name).contains(Ambiguity.UNUSED);
        }
        return (concept, name) -> false;
    }

    /** Names of a concept the lexicon flags as stop words or curated ambiguous aliases. */
    private static BiPredicate<Concept, String> flaggedBy(Lexicon lexicon) {
        if (lexicon instanceof CompiledLexicon compiled) {
            return (concept, name) -> {
                Set<Ambiguity> flags = compiled.ambiguity(concept, name);
                return flags.contains(Ambiguity.STOPLIST) || flags.contains(Ambiguity.CURATED);
            };
        }
        return (concept, name) -> false;
    }
}
