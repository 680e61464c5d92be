package org.litlod.corpus;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;

/**
 * Fills sentence templates: each slot ({@code {G}} gene, {@code {D}} disease, {@code {C}}
 * chemical, {@code {S}} species) takes the name of a random concept of that type from the
 * vocabulary, and is recorded as a mention at its exact place. The sentence starts with a
 * capital letter.
 */
final class SentenceComposer {
    private static final Pattern SLOT = Pattern.compile("\\{([GDCS])}");

    private final Vocabulary vocabulary;

    SentenceComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The filled template; the concepts it names are added to {@code mentioned} as mentions of
     * {@code part}.
     */
    String fill(String template, SplittableRandom r, int part, List<Paper.Mentioned> mentioned) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            Vocabulary.Term pick = vocabulary.pick(type(m.group(1).charAt(0)), r);
            if (pick == null) {
                out.append("the condition");
            } else {
                mentioned.add(new Paper.Mentioned(pick.concept(), pick.name(), part, out.length()));
                out.append(pick.name());
            }
            last = m.end();
        }
        out.append(template, last, template.length());
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    private static EntityType type(char slot) {
        return switch (slot) {
            case 'G' -> EntityType.GENE;
            case 'D' -> EntityType.DISEASE;
            case 'C' -> EntityType.CHEMICAL;
            default -> EntityType.SPECIES;
        };
    }
}
