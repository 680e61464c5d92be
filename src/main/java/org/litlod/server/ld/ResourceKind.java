package org.litlod.server.ld;

/** What an IRI names, which decides how the server describes it. */
enum ResourceKind {
    /** The dataset or a part of its description (linksets, distributions). */
    DATASET,
    /** A named graph: its data document is the graph itself. */
    GRAPH,
    /** A paper: its data document is the named graph it is described in. */
    PAPER,
    /** Anything else the data describes: authors, sections, annotations, entities. */
    RESOURCE,
    /** Unknown to the store. */
    NONE
}
