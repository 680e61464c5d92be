package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.tag.dict.Target;

/**
 * Coordinated disease names that share their head: "breast and ovarian cancer", "renal or
 * hepatic failure", "breast/ovarian cancer" name two diseases, "breast cancer" and "ovarian
 * cancer", the way annotators of the BioCreative V CDR and NCBI disease corpora read them. Two
 * shapes are resolved, each only when both expanded names are names of diseases in the lexicon:
 * <ul>
 *   <li>a found mention preceded by one modifier and a conjunction ("breast or" + "ovarian
 *       cancer"): the whole coordination becomes a mention of the modifier with the mention's
 *       head ("breast cancer"), and the found mention stays;</li>
 *   <li>a found mention whose own text is such a coordination ("breast and ovarian cancer", an
 *       entry term of the hereditary syndrome): the whole becomes a mention of the first disease
 *       and its last conjunct ("ovarian cancer") one of the second.</li>
 * </ul>
 * Each disease is its own {@link Mention} on its own span (the ellipsis one on the whole
 * coordination), so that each is annotated as what it is; the identifiers of two diseases
 * never meet in one mention, and no two mentions of a type share a span.
 */
final class Coordinations {

    /** What may stand between a modifier and a found mention, longest first. */
    private static final List<String> CONJUNCTIONS = List.of(" and/or ", " and ", " or ", "/");
    /** A mention text that is itself a coordination: modifier, conjunction or slash, the rest. */
    private static final Pattern INSIDE = Pattern.compile("(\\p{L}[\\p{L}\\d-]*)(?: (?:and|or|and/or) |/)(.+)");

    private final BiFunction<String, EntityType, Optional<Target>> names;

    /** @param names the lexicon concept a whole string names as a type, if any */
    Coordinations(BiFunction<String, EntityType, Optional<Target>> names) {
        this.names = names;
    }

    /** The mentions of one passage with coordinated diseases resolved, in text order. */
    List<Mention> resolve(Passage passage, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Mention> resolved = m.type() == EntityType.DISEASE ? resolve(passage, m, mentions) : List.of();
            out.addAll(resolved.isEmpty() ? List.of(m) : resolved);
        }
        return out;
    }

    private List<Mention> resolve(Passage passage, Mention m, List<Mention> all) {
        List<Mention> inside = inside(passage, m);
        return inside.isEmpty() ? before(passage, m, all) : inside;
    }

    /**
     * "breast and ovarian cancer" found as one name: the two diseases it coordinates; not when it
     * is the preferred name of what it was found as ("foot and mouth disease" is one disease).
     */
    private List<Mention> inside(Passage passage, Mention m) {
        Matcher x = INSIDE.matcher(m.text());
        if (!x.matches() || isPreferredName(m)) {
            return List.of();
        }
        String rest = x.group(2);
        Optional<Target> second = names.apply(rest, m.type());
        if (second.isEmpty()) {
            return List.of();
        }
        Optional<Target> first = expanded(x.group(1), rest, m.type());
        if (first.isEmpty() || first.get().sameAs(second.get())) {
            return List.of();
        }
        return List.of(mention(passage, m.start(), m.end(), first.get()),
                mention(passage, m.start() + x.start(2), m.end(), second.get()));
    }

    private boolean isPreferredName(Mention m) {
        Optional<Target> whole = names.apply(m.text(), m.type());
        return whole.isPresent() && !whole.get().names().isEmpty()
                && key(whole.get().names().get(0)).equals(key(m.text()));
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** "breast or" before "ovarian cancer": the whole is "breast cancer", and the found mention stays. */
    private List<Mention> before(Passage passage, Mention m, List<Mention> all) {
        String text = passage.text();
        int conjunction = conjunctionBefore(text, m.start());
        if (conjunction < 0 || m.ids().isEmpty()) {
            return List.of();
        }
        int start = conjunction;
        while (start > 0 && isModifierChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == conjunction || !Character.isLetter(text.charAt(start))) {
            return List.of();
        }
        String modifier = text.substring(start, conjunction);
        for (Mention o : all) {
            if (o != m && o.start() < m.start() && o.end() > start) {
                return List.of();
            }
        }
        Optional<Target> first = expanded(modifier, m.text(), m.type());
        if (first.isEmpty() || first.get().ids().stream().anyMatch(m.ids()::contains)) {
            return List.of();
        }
        return List.of(mention(passage, start, m.end(), first.get()), m);
    }

    /** Where the word before " and ", " or ", " and/or " or "/" ending at {@code end} ends; -1 if none does. */
    private static int conjunctionBefore(String text, int end) {
        for (String c : CONJUNCTIONS) {
            if (end >= c.length() && text.startsWith(c, end - c.length())) {
                return end - c.length();
            }
        }
        return -1;
    }

    private static boolean isModifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /**
     * The disease the modifier names with the head of {@code conjunct}: "breast" with "ovarian
     * cancer" is "breast cancer", tried with the longest head first.
     */
    private Optional<Target> expanded(String modifier, String conjunct, EntityType type) {
        String[] words = conjunct.split(" ");
        for (int i = 1; i < words.length; i++) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            Optional<Target> t = names.apply(modifier + " " + head, type);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Mention mention(Passage passage, int start, int end, Target t) {
        return new Mention(passage.key(), start, end, passage.text().substring(start, end), t.type(), t.ids(),
                List.of(), List.of(Evidence.DICTIONARY));
    }
}
