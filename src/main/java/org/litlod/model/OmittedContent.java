package org.litlod.model;

/**
 * A part of the document that the source says it left out (the body is elsewhere).
 *
 * @param part what was left out ("Full text", "Figures")
 * @param note the source's own note, as written
 * @param url  where the omitted part can be fetched, null if not given
 */
public record OmittedContent(String part, String note, String url) {
}
