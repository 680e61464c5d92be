package org.litlod.convert.bioc;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.SourceRelations;
import org.litlod.model.Mention;
import org.litlod.model.Relation;

/**
 * The relations of a BioC document as model relations asserted by the source, with a warning for
 * each one left out (no type, fewer than two arguments with an identifier).
 */
final class BioCRelations {
    private BioCRelations() {
    }

    /** The relations of {@code d}; warnings for those left out go to {@code warnings}. */
    static List<Relation> of(BioCDocument d, List<Mention> mentions, String file, List<String> warnings) {
        SourceRelations reader = new SourceRelations(mentions);
        List<Relation> out = new ArrayList<>();
        for (BioCDocument.Relation r : d.relations()) {
            Relation relation = reader.relation(r.type(), r.arguments(), SourceRelations.score(r.score()));
            if (relation != null) {
                out.add(relation);
            } else {
                warnings.add(FieldWarning.of(FieldWarning.BAD_RELATION, file, r.line() > 0 ? r.line() : d.line(),
                        "relation", r.id() == null ? "" : r.id(), " in document " + d.id(),
                        SourceRelations.problem(r.type(), r.arguments())));
            }
        }
        return out;
    }

    /** The annotation with this id in any passage, or null. */
    static BioCDocument.Annotation annotation(List<BioCDocument.Passage> passages, String id) {
        if (id == null) {
            return null;
        }
        for (BioCDocument.Passage p : passages) {
            for (BioCDocument.Annotation a : p.annotations()) {
                if (id.equals(a.id())) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The role a node names, or "argument" when it names none. */
    static String role(String role) {
        return role == null || role.isBlank() ? "argument" : role;
    }
}
