package org.litlod.ids;

import org.litlod.model.Identifier;

/** The syntax of each identifier scheme's local form, checked before any IRI is built (see {@link Schemes}). */
public final class IdSyntax {
    private IdSyntax() {
    }

    /** Whether the identifier's value has its scheme's syntax (and check digit). */
    public static boolean isValid(Identifier id) {
        return Schemes.of(id.scheme()).isValid(id.value());
    }

    /**
     * Returns the identifier unchanged when valid.
     *
     * @throws MalformedIdentifierException naming the identifier and the expected form
     */
    public static Identifier check(Identifier id) {
        if (!isValid(id)) {
            throw new MalformedIdentifierException(id.scheme().name(), id.value(),
                    Schemes.of(id.scheme()).expected());
        }
        return id;
    }
}
