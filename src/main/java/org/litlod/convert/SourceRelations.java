package org.litlod.convert;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;

/**
 * Turns the relations of BioC and PubTator inputs into model relations asserted by the source.
 * An argument's type is the one its role or infon names ("Chemical", a PubTator3 role's "type");
 * when neither names one (a PubTator relation line other than CID), it is the type of a mention
 * of the document with the same identifier. Identifiers are read as annotation identifiers are
 * ({@link AnnotationIds}). An argument without a readable identifier is left out; a relation left
 * with fewer than two is not kept and {@link #problem} says why.
 */
public final class SourceRelations {
    /**
     * One argument as the input writes it.
     *
     * @param role the role name ("Chemical", "role1")
     * @param type the type label the input gives, or null
     * @param id   the identifier string, or null
     */
    public record Argument(String role, String type, String id) {
    }

    private final List<Mention> mentions;

    /** A reader resolving untyped arguments through the document's {@code mentions}. */
    public SourceRelations(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
    }

    /** The relation, or null when fewer than two of its arguments have a readable identifier. */
    public Relation relation(String type, List<Argument> arguments, Double score) {
        List<RelationArgument> out = new ArrayList<>();
        for (Argument a : arguments) {
            RelationArgument r = argument(a);
            if (r != null) {
                out.add(r);
            }
        }
        if (type == null || type.isBlank() || out.size() < 2) {
            return null;
        }
        return new Relation(type.strip(), out, Relation.Origin.SOURCE, score, List.of(), List.of());
    }

    /** Why {@link #relation} gives nothing for these arguments, for the converter's warning. */
    public static String problem(String type, List<Argument> arguments) {
        if (type == null || type.isBlank()) {
            return "has no type";
        }
        List<String> written = arguments.stream().map(a -> a.role() + " " + a.id()).toList();
        return "has fewer than two arguments with a readable identifier, or of a type the document mentions, among "
                + String.join(", ", written);
    }

    private RelationArgument argument(Argument a) {
        EntityType type = AnnotationTypes.of(a.type() != null ? a.type() : a.role());
        if (type != null) {
            List<Identifier> ids = AnnotationIds.parse(a.id(), type);
            return ids.isEmpty() ? null : new RelationArgument(a.role(), type, ids);
        }
        for (EntityType t : EntityType.values()) {
            List<Identifier> ids = AnnotationIds.parse(a.id(), t);
            if (!ids.isEmpty() && mentioned(ids.get(0), t)) {
                return new RelationArgument(a.role(), t, ids);
            }
        }
        return null;
    }

    private boolean mentioned(Identifier id, EntityType type) {
        return mentions.stream().anyMatch(m -> m.type() == type && m.ids().contains(id));
    }

    /** The score written as a decimal number, or null when absent or not a number. */
    public static Double score(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
