/**
 * The TDB2 store on disk. It knows named graphs, not documents: each document arrives as one
 * graph and goes in within one write transaction that replaces what was there. Everything that
 * touches TDB2 is here: transactions ({@link org.litlod.store.PaperStore}), the bulk loader, the
 * unfinished mark of a bulk load and emptying a store to restart it
 * ({@link org.litlod.store.BulkStore}, {@link org.litlod.store.BulkWriter}), and the text index.
 */
package org.litlod.store;
