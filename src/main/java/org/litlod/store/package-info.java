/**
 * The TDB2 store on disk. It knows named graphs, not documents: each document arrives as one
 * graph and goes in within one write transaction that replaces what was there. Everything that
 * touches TDB2 is here: transactions ({@link org.litlod.store.PaperStore}), the bulk loader, the
 * unfinished mark of a bulk load and emptying a store to restart it
 * ({@link org.litlod.store.BulkStore}, {@link org.litlod.store.BulkWriter}), the text index, and
 * the data version, kept up to date by each write from what it changes
 * ({@link org.litlod.store.DataVersion}).
 */
package org.litlod.store;
