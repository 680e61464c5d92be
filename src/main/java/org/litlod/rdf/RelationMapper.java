package org.litlod.rdf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;
import org.litlod.model.RelationSentence;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.LITLOD;

/**
 * Relations as Biolink associations: {@code biolink:Association} (and the class of its argument
 * types, such as {@code biolink:ChemicalToDiseaseOrPhenotypicFeatureAssociation}) with
 * {@code biolink:subject}, {@code biolink:predicate} and {@code biolink:object} naming the same
 * entity IRIs as the paper's annotations, {@code biolink:publications} the paper, every argument
 * as {@code litlod:participant}, the source's type, roles (a source's relations only) and score, who asserts it
 * ({@code litlod:assertedBy}), and its evidence: the passages and the sentences that mention all
 * its arguments, and how many sentences those are. A relation litlod found is published once per
 * subject, type and object: two found between identifiers that the paper's annotations fold into
 * one entity (exact matches) are one, and a relation whose two arguments fold into one entity is
 * not published.
 */
final class RelationMapper {
    private RelationMapper() {
    }

    static void map(MappingContext c, EntityIndex index) {
        List<Relation> relations = c.doc().relations();
        Set<String> found = new HashSet<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            RelationArgument subject = r.arguments().get(0);
            RelationArgument object = r.arguments().get(1);
            if (RelationShapes.reversed(subject.type(), object.type())) {
                subject = r.arguments().get(1);
                object = r.arguments().get(0);
            }
            String subjectIri = iri(c, index, subject);
            String objectIri = iri(c, index, object);
            if (subjectIri.equals(objectIri)
                    || r.origin() != Relation.Origin.SOURCE && !found.add(subjectIri + " " + r.type() + " " + objectIri)) {
                continue;
            }
            Resource a = c.resource(c.iris().relation(c.paperIri(), i + 1)).addProperty(RDF.type, BIOLINK.Association);
            c.add(a, RDF.type, RelationShapes.associationClass(subject.type(), object.type()));
            a.addProperty(BIOLINK.subject, c.resource(subjectIri));
            a.addProperty(BIOLINK.predicate, RelationShapes.predicate(r.type()));
            a.addProperty(BIOLINK.object, c.resource(objectIri));
            a.addProperty(BIOLINK.publications, c.paper());
            for (RelationArgument x : r.arguments()) {
                a.addProperty(LITLOD.participant, c.resource(iri(c, index, x)));
            }
            a.addProperty(LITLOD.relationType, r.type());
            if (r.origin() == Relation.Origin.SOURCE) { // litlod's own roles are subject and object: nothing to add
                a.addProperty(LITLOD.subjectRole, subject.role());
                a.addProperty(LITLOD.objectRole, object.role());
            }
            a.addProperty(LITLOD.assertedBy, switch (r.origin()) {
                case SOURCE -> LITLOD.SourceAssertion;
                case CO_OCCURRENCE -> LITLOD.CoOccurrence;
                case CUE -> LITLOD.InductionCue;
            });
            if (r.score() != null) {
                a.addProperty(LITLOD.score, c.model().createTypedLiteral(
                        BigDecimal.valueOf(r.score()).toPlainString(), XSDDatatype.XSDdecimal));
            }
            a.addProperty(LITLOD.sentenceCount, Literals.integer(r.sentences().size()));
            for (String key : r.passages()) {
                a.addProperty(LITLOD.evidencePassage, c.resource(c.iris().passage(c.paperIri(), key)));
            }
            for (RelationSentence s : r.sentences()) {
                a.addProperty(LITLOD.evidenceSentence, s.text());
            }
        }
    }

    /**
     * The entity IRI of an argument, the one the paper's annotations use: a variant is scoped by
     * the gene its mentions name, as its annotations are.
     */
    private static String iri(MappingContext c, EntityIndex index, RelationArgument x) {
        Identifier gene = null;
        if (x.type() == EntityType.VARIANT) {
            gene = c.doc().mentions().stream()
                    .filter(m -> m.type() == EntityType.VARIANT && m.ids().stream().anyMatch(x.ids()::contains))
                    .map(EntityIndex::geneOf).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return index.bodyIri(x.ids(), gene);
    }
}
