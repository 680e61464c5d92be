/**
 * The embedded Fuseki server, built from {@code fuseki-config/config.ttl} over the TDB2 store.
 * The server never converts: it only publishes what the store holds.
 */
package org.litlod.server;
