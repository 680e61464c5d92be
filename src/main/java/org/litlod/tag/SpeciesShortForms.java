package org.litlod.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.tag.dict.Target;
import org.litlod.tag.match.LongestMatch;

/**
 * The short names a document gives the species it names. Once a species is recognised anywhere
 * in the document (by its scientific name, a synonym or a common word), its two-word scientific
 * name "Plasmodium falciparum" licenses, everywhere in the document:
 * <ul>
 *   <li>the abbreviated name "P. falciparum", "P falciparum", "P.falciparum", unless two named
 *       species abbreviate alike;</li>
 *   <li>the genus alone, "Plasmodium", when it is the only named species of that genus (not
 *       "Plasmodium sp." or "Plasmodium spp."), and the text abbreviates no other binomial of
 *       that initial ("P. circumflexum" unknown to the lexicon).</li>
 * </ul>
 * Such a use becomes a mention of that species (evidence ABBREVIATION) and replaces another
 * species the dictionary found on exactly the same span (a genus-level taxon, another species
 * abbreviated alike). The binomials come from the names of the concepts recognised, never from
 * a list of species; an abbreviation the document does not license ("E. coli" alone) is found
 * only when the lexicon lists it as a name.
 */
final class SpeciesShortForms {

    /** A species the document names, with one of its binomials. */
    private record Named(Target target, Binomial binomial) {
    }

    void apply(List<Passage> passages, List<List<Candidate>> candidates) {
        Set<Named> named = named(passages, candidates);
        if (named.isEmpty()) {
            return;
        }
        Map<String, Map<Identifier, Named>> byAbbreviation = index(named, n -> n.binomial().abbreviationKey());
        Map<String, Map<Identifier, Named>> byGenus = index(named, n -> n.binomial().genus());
        List<Use> uses = new ArrayList<>();
        for (Map<Identifier, Named> one : byAbbreviation.values()) {
            if (one.size() == 1) {
                Named n = one.values().iterator().next();
                uses.add(new Use(n.binomial().abbreviated(), n.target(), n.binomial().epithet()));
            }
        }
        for (Map<Identifier, Named> one : byGenus.values()) {
            if (one.size() == 1) {
                Named n = one.values().iterator().next();
                if (!otherAbbreviated(passages, n.binomial(), named)) {
                    uses.add(new Use(n.binomial().genusAlone(), n.target(), n.binomial().genus()));
                }
            }
        }
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            for (Use u : uses) {
                if (text.contains(u.needle())) {
                    addUses(text, u.pattern(), u.target(), candidates.get(i));
                }
            }
        }
    }

    /** A pattern of uses of one named species, with a word every use contains (a cheap first test). */
    private record Use(Pattern pattern, Target target, String needle) {
    }

    /**
     * Whether the text abbreviates, with a full stop, a binomial of the genus initial that no named
     * species accounts for ("P. circumflexum" next to "Plasmodium relictum"): then the genus
     * alone may be that other species.
     */
    private static boolean otherAbbreviated(List<Passage> passages, Binomial b, Set<Named> named) {
        Set<String> epithets = new LinkedHashSet<>();
        for (Named n : named) {
            if (n.binomial().genus().charAt(0) == b.genus().charAt(0)) {
                epithets.add(n.binomial().epithet());
            }
        }
        Pattern any = b.anyAbbreviatedOfInitial();
        String initial = b.genus().charAt(0) + ".";
        for (Passage p : passages) {
            if (!p.text().contains(initial)) {
                continue;
            }
            Matcher m = any.matcher(p.text());
            while (m.find()) {
                if (!epithets.contains(m.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The species the chosen candidates name, each with the binomial the text used (when it
     * used one) and the first binomial among the concept's names (its preferred name first).
     */
    private static Set<Named> named(List<Passage> passages, List<List<Candidate>> candidates) {
        Set<Named> out = new LinkedHashSet<>();
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            for (Candidate c : LongestMatch.select(candidates.get(i), Candidate::start, Candidate::end)) {
                Identifier id = c.target().primary();
                if (c.target().type() != EntityType.SPECIES || id == null || id.scheme() != IdScheme.NCBI_TAXON) {
                    continue;
                }
                Binomial used = Binomial.of(text.substring(c.start(), c.end()));
                if (used != null && c.target().names().stream().map(Binomial::of).anyMatch(used::equals)) {
                    out.add(new Named(c.target(), used));
                }
                Binomial preferred = Binomial.first(c.target().names());
                if (preferred != null) {
                    out.add(new Named(c.target(), preferred));
                }
            }
        }
        return out;
    }

    /** Named species by a key, each key with its distinct taxa. */
    private static Map<String, Map<Identifier, Named>> index(Set<Named> named, Function<Named, String> key) {
        Map<String, Map<Identifier, Named>> out = new LinkedHashMap<>();
        for (Named n : named) {
            out.computeIfAbsent(key.apply(n), k -> new LinkedHashMap<>()).putIfAbsent(n.target().primary(), n);
        }
        return out;
    }

    private static void addUses(String text, Pattern pattern, Target target, List<Candidate> list) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            list.removeIf(c -> c.start() == start && c.end() == end && c.target().type() == EntityType.SPECIES
                    && !c.foundBy(Evidence.SOURCE_LIST) && !c.target().sameAs(target));
            if (list.stream().noneMatch(c -> c.start() == start && c.end() == end && c.target().sameAs(target))) {
                list.add(new Candidate(start, end, target, false, Evidence.ABBREVIATION));
            }
        }
    }
}
