package org.litlod.model;

import java.util.List;

/**
 * An author as the source names them.
 *
 * @param name         the name as written ("Alice T. Shaw", "Shaw AT"), never null
 * @param givenName    given names, null if the source does not separate them
 * @param familyName   family name, null if the source does not separate them
 * @param orcid        ORCID iD (0000-0000-0000-0000 form), null if unknown
 * @param affiliations affiliations as written
 */
public record Author(String name, String givenName, String familyName, String orcid,
                     List<String> affiliations) {
    public Author {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    public static Author named(String name) {
        return new Author(name, null, null, null, List.of());
    }
}
