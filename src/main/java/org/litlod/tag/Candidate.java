package org.litlod.tag;

import java.util.EnumSet;
import java.util.Set;
import org.litlod.model.Mention.Evidence;
import org.litlod.tag.dict.Target;

/**
 * A possible mention in one passage before overlaps are resolved.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param target   what it stands for
 * @param primary  whether it was found by a primary name (preferred name, official symbol)
 * @param evidence how it was found
 */
record Candidate(int start, int end, Target target, boolean primary, Set<Evidence> evidence) {

    Candidate(int start, int end, Target target, boolean primary, Evidence evidence) {
        this(start, end, target, primary, EnumSet.of(evidence));
    }

    boolean foundBy(Evidence e) {
        return evidence.contains(e);
    }
}
