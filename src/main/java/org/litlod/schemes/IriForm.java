package org.litlod.schemes;

/**
 * One IRI form of a scheme's identifiers: a namespace the value is appended to, the source that
 * uses it, and the landing page of an identifier in that form.
 *
 * @param namespace  the IRI up to the value ("http://identifiers.org/ncbigene/")
 * @param source     the database the form belongs to, as the pages name it ("UniProt (GeneID)")
 * @param page       the landing page with {@code {id}} for the value, or null for none
 * @param exactMatch whether litlod links its canonical IRI to this form with {@code skos:exactMatch}
 */
public record IriForm(String namespace, String source, String page, boolean exactMatch) {

    /** The IRI of a value in this form. */
    public String iri(String value) {
        return namespace + value;
    }

    /** The value an IRI of this form carries, or null when the IRI is not in this form. */
    public String valueOf(String iri) {
        return iri.startsWith(namespace) && iri.length() > namespace.length()
                ? iri.substring(namespace.length()) : null;
    }

    /** The landing page of a value, or null when the form has none. */
    public String pageOf(String value) {
        return page == null ? null : page.replace("{id}", value);
    }
}
