package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.ConversionException;
import org.litlod.convert.TextLine;
import org.litlod.model.EntityType;
import org.litlod.model.ListedEntity;

/**
 * Reads an entity-list section ("Linked entities", "Full-text entities"): one bullet per
 * category, {@code - **Genes:** item, item, ...}, items separated by commas outside brackets.
 */
final class EntityListParser {

    private static final Pattern CATEGORY = Pattern.compile("^\\*\\*([^*:]+):?\\*\\*:?\\s*(.*)$");
    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("proteins", EntityType.GENE), Map.entry("protein", EntityType.GENE),
            Map.entry("genes", EntityType.GENE), Map.entry("gene", EntityType.GENE),
            Map.entry("chemicals", EntityType.CHEMICAL), Map.entry("chemical", EntityType.CHEMICAL),
            Map.entry("drugs", EntityType.CHEMICAL), Map.entry("compounds", EntityType.CHEMICAL),
            Map.entry("diseases", EntityType.DISEASE), Map.entry("disease", EntityType.DISEASE),
            Map.entry("species", EntityType.SPECIES), Map.entry("organisms", EntityType.SPECIES),
            Map.entry("variants", EntityType.VARIANT), Map.entry("mutations", EntityType.VARIANT));

    private EntityListParser() {
    }

    /** The entities listed in the section, in order. */
    static List<ListedEntity> parse(SummaryPart part, String file) throws ConversionException {
        List<ListedEntity> out = new ArrayList<>();
        for (TextLine bullet : part.bullets()) {
            Matcher m = CATEGORY.matcher(bullet.text().strip());
            if (!m.matches()) {
                throw new ConversionException(PaperSummaryConverter.MALFORMED_ENTITY, file, bullet.number(),
                        "expected '- **Category:** items' in '" + part.heading() + "'");
            }
            String category = m.group(1).strip();
            EntityType type = TYPES.get(category.toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new ConversionException(PaperSummaryConverter.UNKNOWN_CATEGORY, file, bullet.number(),
                        "unknown entity category '" + category + "' (known: " + String.join(", ",
                                new TreeSet<>(TYPES.keySet())) + ")");
            }
            List<String> items = BracketText.split(m.group(2), ',');
            if (items == null) {
                throw new ConversionException(PaperSummaryConverter.MALFORMED_ENTITY, file, bullet.number(),
                        "unbalanced brackets in the " + category + " list");
            }
            for (String item : items) {
                try {
                    out.add(EntityItemParser.parse(item, type, category, part.heading()));
                } catch (IllegalArgumentException e) {
                    throw new ConversionException(PaperSummaryConverter.MALFORMED_ENTITY, file, bullet.number(), e.getMessage());
                }
            }
        }
        return out;
    }
}
