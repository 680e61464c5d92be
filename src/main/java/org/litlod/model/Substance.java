package org.litlod.model;

import java.util.List;

/**
 * A substance the document is about, identified by name and registry numbers.
 *
 * @param name the name as written ("Crizotinib")
 * @param ids  registry numbers and other identifiers (CAS)
 */
public record Substance(String name, List<Identifier> ids) {
    public Substance {
        ids = List.copyOf(ids);
    }
}
