package org.litlod.server.ld;

import org.litlod.store.PaperStore;

/**
 * Everything the linked-data servlets share: the store, the IRI space, and the generated
 * descriptions (resource descriptions, VoID/DCAT, service description).
 */
final class Site {
    final PaperStore store;
    final IriSpace space;
    final DatasetDescription dataset;
    final ServiceDescription service;
    final ResourceDescriber describer;
    final ContentNegotiator negotiator = ContentNegotiator.forResources();
    final ContentNegotiator rdfNegotiator = new ContentNegotiator(Representation.rdf());

    Site(PaperStore store, IriSpace space) {
        this.store = store;
        this.space = space;
        this.dataset = new DatasetDescription(store, space);
        this.service = new ServiceDescription(store, dataset);
        this.describer = new ResourceDescriber(store, space, dataset);
    }
}
