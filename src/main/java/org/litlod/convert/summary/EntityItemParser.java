package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;

/**
 * Reads one item of an entity list: a name followed by bracketed groups, as in
 * {@code ROS1 (ROS proto-oncogene 1, receptor tyrosine kinase) [NCBI Gene 6098] {aka MCF3, ROS}}.
 * A () or [] group is an identifier when it has the shape of one, else the long name; a {}
 * group lists synonyms. For species, a () group names the common name (a synonym) and the rank
 * ("human, species").
 */
final class EntityItemParser {
    private static final Pattern AKA = Pattern.compile("(?i)^(?:aka|a\\.k\\.a\\.|also known as|synonyms?:?)\\s+");
    private static final Set<String> RANKS = Set.of("species", "subspecies", "genus", "strain",
            "family", "order", "class", "phylum", "kingdom", "serotype", "no rank");

    private EntityItemParser() {
    }

    /**
     * The entity the item describes.
     *
     * @throws IllegalArgumentException when the item is malformed (unbalanced brackets, bad identifier)
     */
    static ListedEntity parse(String item, EntityType type, String category, String list) {
        int firstGroup = firstBracket(item);
        String name = (firstGroup < 0 ? item : item.substring(0, firstGroup)).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("entity item without a name: '" + item + "'");
        }
        String fullName = null;
        List<Identifier> ids = new ArrayList<>();
        List<String> synonyms = new ArrayList<>();
        int at = firstGroup;
        while (at >= 0 && at < item.length()) {
            int close = BracketText.closing(item, at);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced bracket in '" + item + "'");
            }
            char open = item.charAt(at);
            String inner = item.substring(at + 1, close).strip();
            if (open == '{') {
                synonyms.addAll(pieces(AKA.matcher(inner).replaceFirst(""), item));
            } else if (!addIdentifiers(inner, item, ids)) {
                if (type == EntityType.SPECIES) {
                    pieces(inner, item).stream()
                            .filter(p -> !RANKS.contains(p.toLowerCase(Locale.ROOT)))
                            .forEach(synonyms::add);
                } else if (fullName == null) {
                    fullName = inner;
                } else {
                    synonyms.add(inner);
                }
            }
            at = close + 1;
            while (at < item.length() && Character.isWhitespace(item.charAt(at))) {
                at++;
            }
            if (at < item.length() && "([{".indexOf(item.charAt(at)) < 0) {
                throw new IllegalArgumentException("unexpected text after a bracket in '" + item + "'");
            }
        }
        return new ListedEntity(type, category, list, name, fullName, ids, synonyms);
    }

    /** Adds the identifiers the group gives; false when the group is not identifiers at all. */
    private static boolean addIdentifiers(String inner, String item, List<Identifier> ids) {
        List<String> parts = BracketText.split(inner.replace(';', ','), ',');
        if (parts == null || parts.isEmpty() || !IdentifierText.looksLikeIdentifier(parts.get(0))) {
            return false;
        }
        for (String part : parts) {
            Optional<Identifier> id = IdentifierText.parse(part);
            if (id.isEmpty()) {
                throw new IllegalArgumentException("not an identifier: '" + part + "' in '" + item + "'");
            }
            ids.add(id.get());
        }
        return true;
    }

    private static List<String> pieces(String text, String item) {
        List<String> parts = BracketText.split(text, ',');
        if (parts == null) {
            throw new IllegalArgumentException("unbalanced bracket in '" + item + "'");
        }
        return parts;
    }

    private static int firstBracket(String item) {
        for (int i = 0; i < item.length(); i++) {
            if ("([{".indexOf(item.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
