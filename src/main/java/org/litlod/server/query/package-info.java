/**
 * How litlod's SPARQL endpoint evaluates queries within its limits: regular expressions and
 * property paths that stop when the query is cancelled ({@link org.litlod.server.query.QueryGuards}).
 */
package org.litlod.server.query;
