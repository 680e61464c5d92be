/**
 * The TDB2 store on disk. It knows named graphs, not documents: each document arrives as one
 * graph and goes in within one write transaction that replaces what was there.
 */
package org.litlod.store;
