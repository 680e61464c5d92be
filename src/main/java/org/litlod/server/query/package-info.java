/**
 * How litlod's SPARQL endpoint evaluates queries within its limits: regular expressions that
 * stop when the query is cancelled ({@link org.litlod.server.query.CancellableRegexRewrite}).
 */
package org.litlod.server.query;
