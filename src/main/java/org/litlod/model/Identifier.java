package org.litlod.model;

/**
 * An identifier in one scheme, in the scheme's canonical local form (see {@link IdScheme}).
 */
public record Identifier(IdScheme scheme, String value) {
    public Identifier {
        if (scheme == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a scheme and a value");
        }
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
