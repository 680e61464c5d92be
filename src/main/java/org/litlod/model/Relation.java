package org.litlod.model;

import java.util.List;

/**
 * A relation between entities of one document: what the source asserts (a BioC or PubTator
 * relation) or what litlod finds in the text (two entities in the same sentences).
 *
 * @param type      the relation type as the source writes it ("CID", "Association", "Bind"), or
 *                  litlod's own ({@link #CO_OCCURRENCE}, {@link #INDUCES})
 * @param arguments the entities with their roles, two or more, in the source's order (the first
 *                  is the subject of the statement, the second its object)
 * @param origin    who says so
 * @param score     the source's confidence (PubTator3 "score"); null when not given
 * @param passages  the keys of the passages in which all arguments occur
 * @param sentences the sentences of the document in which the arguments occur together, in
 *                  reading order; the evidence a reader can check
 */
public record Relation(String type, List<RelationArgument> arguments, Origin origin, Double score,
                       List<String> passages, List<RelationSentence> sentences) {
    /** The type of a relation litlod found by co-occurrence alone. */
    public static final String CO_OCCURRENCE = "co-occurrence";
    /** The type of a chemical-disease relation litlod found by an induction cue ("X-induced Y"). */
    public static final String INDUCES = "induces";

    public Relation {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a relation needs a type");
        }
        if (arguments == null || arguments.size() < 2) {
            throw new IllegalArgumentException("a relation needs two or more arguments");
        }
        arguments = List.copyOf(arguments);
        passages = passages == null ? List.of() : List.copyOf(passages);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** This relation with the passages and sentences where its arguments occur together. */
    public Relation withEvidence(List<String> together, List<RelationSentence> evidence) {
        return new Relation(type, arguments, origin, score, together, evidence);
    }

    /** Who asserts a relation. */
    public enum Origin {
        /** The input states it (a BioC relation, a PubTator relation line). */
        SOURCE,
        /** litlod found its arguments in the same sentences, nothing more. */
        CO_OCCURRENCE,
        /** litlod found its arguments joined by a cue word in a sentence ("X-induced Y"). */
        CUE
    }
}
