package org.litlod.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.tag.abbrev.Abbreviation;
import org.litlod.tag.abbrev.AbbreviationFinder;
import org.litlod.tag.dict.Target;
import org.litlod.tag.match.LongestMatch;

/**
 * Applies the abbreviations a document defines to its candidates. When the long form was
 * recognised, every use of the short form in the document is that concept (evidence
 * ABBREVIATION), and other concepts found by a mere alias on the short form are dropped. When
 * the long form is something the dictionary does not know ("epithelial–mesenchymal transition
 * (EMT)"), an alias match on the short form is dropped unless the concept shares a word with
 * the long form; official symbols and preferred names are kept; and when the short form is
 * still recognised, the long form becomes a mention of the same concept.
 */
final class ShortForms {

    private final AbbreviationFinder finder;

    ShortForms(AbbreviationFinder finder) {
        this.finder = finder;
    }

    /** A short form with what its long form was recognised as (null: not recognised). */
    private record Definition(Abbreviation abbreviation, Target target, int passage) {
    }

    void apply(List<Passage> passages, List<List<Candidate>> candidates) {
        Map<String, Definition> defined = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            List<Abbreviation> found = finder.find(passages.get(i).text());
            if (found.isEmpty()) {
                continue;
            }
            List<Candidate> chosen = LongestMatch.select(candidates.get(i), Candidate::start, Candidate::end);
            for (Abbreviation a : found) {
                defined.putIfAbsent(a.shortForm(), new Definition(a, longFormTarget(chosen, a), i));
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            List<Candidate> list = candidates.get(i);
            list.removeIf(c -> rejected(c, text, defined));
            for (Definition d : defined.values()) {
                if (d.target() != null) {
                    addUses(text, d, list);
                }
            }
        }
        for (Definition d : defined.values()) {
            if (d.target() == null) {
                nameLongFormAfterShortForm(d, candidates.get(d.passage()));
            }
        }
    }

    /**
     * A long form the dictionary does not know whose short form it does ("myelodysplastic
     * neoplasms (MDS)", with MDS listed by the document, or a synonym of a concept that shares a
     * word with the long form) is a mention of that concept too, so that a part of it
     * ("neoplasms") is not taken for the whole.
     */
    private static void nameLongFormAfterShortForm(Definition d, List<Candidate> list) {
        Abbreviation a = d.abbreviation();
        for (Candidate c : list) {
            if (c.start() == a.shortStart() && c.end() == a.shortEnd()
                    && (c.foundBy(Evidence.SOURCE_LIST) || sharesWord(c.target().names(), a.longForm()))) {
                list.add(new Candidate(a.longStart(), a.longEnd(), c.target(), false, Evidence.ABBREVIATION));
                return;
            }
        }
    }

    private static Target longFormTarget(List<Candidate> chosen, Abbreviation a) {
        Candidate best = null;
        int length = a.longEnd() - a.longStart();
        for (Candidate c : chosen) {
            if (c.end() == a.longEnd() && (a.longEnd() - c.start()) * 5 >= length * 3
                    && (best == null || c.start() < best.start())) {
                best = c;
            }
        }
        return best == null ? null : best.target();
    }

    private static boolean rejected(Candidate c, String text, Map<String, Definition> defined) {
        if (c.foundBy(Evidence.SOURCE_LIST)) {
            return false;
        }
        String covered = text.substring(c.start(), c.end());
        Definition d = defined.get(covered);
        if (d == null && covered.endsWith("s")) {
            d = defined.get(covered.substring(0, covered.length() - 1));
        }
        if (d == null || c.primary()) {
            return false;
        }
        if (d.target() != null) {
            return !c.target().sameAs(d.target());
        }
        return !sharesWord(c.target().names(), d.abbreviation().longForm());
    }

    private static void addUses(String text, Definition d, List<Candidate> list) {
        String sf = d.abbreviation().shortForm();
        int from = text.indexOf(sf);
        while (from >= 0) {
            int end = from + sf.length();
            if (end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            boolean before = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                list.add(new Candidate(from, end, d.target(), false, Evidence.ABBREVIATION));
            }
            from = text.indexOf(sf, from + 1);
        }
    }

    /** Whether some name shares a word stem (first five letters of a word of four or more) with {@code longForm}. */
    static boolean sharesWord(List<String> names, String longForm) {
        Set<String> stems = stems(longForm);
        for (String n : names) {
            for (String s : stems(n)) {
                if (stems.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }
}
