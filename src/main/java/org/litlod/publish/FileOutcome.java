package org.litlod.publish;

import java.util.List;

/**
 * What happened to one input file during a load.
 *
 * @param file     the file as named on input
 * @param status   the outcome
 * @param graphs   the named graphs stored from it
 * @param errors   one message per failed document (file, place, what is wrong)
 * @param warnings things the user should know that did not stop the load, such as a graph of
 *                 the same paper loaded from another file being replaced
 */
public record FileOutcome(String file, Status status, List<String> graphs, List<String> errors,
                          List<String> warnings) {
    public FileOutcome {
        graphs = List.copyOf(graphs);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** An outcome without warnings. */
    public FileOutcome(String file, Status status, List<String> graphs, List<String> errors) {
        this(file, status, graphs, errors, List.of());
    }

    /** The outcome of loading one file. */
    public enum Status {
        /** Every document of the file was stored. */
        LOADED,
        /** The store already held this exact file; nothing was done. */
        UNCHANGED,
        /** Some documents of the file were stored, others failed. */
        PARTLY_FAILED,
        /** Nothing of the file was stored. */
        FAILED
    }
}
