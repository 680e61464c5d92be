package org.litlod.schemes;

/**
 * An external dataset litlod links to, known by the IRI space of its entities; the dataset
 * description publishes one {@code void:Linkset} per dataset and link predicate.
 *
 * @param key            short name used in linkset IRIs ("mesh")
 * @param title          the dataset's title
 * @param uriSpace       the IRI space of its entities
 * @param datasetIri     the IRI of the dataset itself
 * @param homepage       its home page
 * @param sparqlEndpoint its public SPARQL endpoint, or null
 */
public record LinkedDataset(String key, String title, String uriSpace, String datasetIri,
                            String homepage, String sparqlEndpoint) {

    /** Whether an IRI lies in the dataset's IRI space. */
    public boolean holds(String iri) {
        return iri.startsWith(uriSpace);
    }
}
