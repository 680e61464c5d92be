/**
 * The linked-data layer of the server, split by role as in Pubby: a resource filter that
 * answers litlod IRIs with 303 See Other, a page servlet (HTML), a data servlet (RDF), entity
 * pages for the external IRIs the data mentions, the dataset description (VoID, DCAT, SPARQL
 * service description) and the dumps. Content negotiation lives in {@link
 * org.litlod.server.ld.ContentNegotiator}.
 *
 * <p>URL scheme (every link the server writes is root-relative; a request path {@code /x}
 * names the IRI {@code {base}x}):
 * <table>
 * <caption>URLs</caption>
 * <tr><th>URL</th><th>answers</th></tr>
 * <tr><td>{@code /}</td><td>home page: papers, SPARQL endpoint, downloads</td></tr>
 * <tr><td>{@code /paper/...}, {@code /graph/...}, {@code /journal/...}, {@code /dataset},
 *   any minted path</td><td>303 to {@code /page/...} (text/html) or {@code /data/....ttl|.jsonld|.rdf|.nt};
 *   {@code Vary: Accept}; Turtle when nothing is asked for; 404 page when unknown; 406 when
 *   nothing acceptable</td></tr>
 * <tr><td>{@code /page/{path}}</td><td>HTML page of {@code {base}{path}}</td></tr>
 * <tr><td>{@code /data/{path}.ttl|.jsonld|.rdf|.nt}</td><td>data document (without the
 *   extension: negotiated, with Content-Location)</td></tr>
 * <tr><td>{@code /entity/page?iri=I}</td><td>HTML page of an external entity</td></tr>
 * <tr><td>{@code /entity/data?iri=I&format=ttl}</td><td>its data (format negotiated when absent)</td></tr>
 * <tr><td>{@code /.well-known/void}</td><td>VoID + DCAT (HTML: 303 to {@code /page/dataset})</td></tr>
 * <tr><td>{@code /papers/sparql} without a query</td><td>SPARQL 1.1 service description</td></tr>
 * <tr><td>{@code /dumps/}, {@code /dumps/litlod.nq.gz|.trig|.ttl|.jsonld}</td><td>downloads</td></tr>
 * <tr><td>{@code /context.jsonld}</td><td>the JSON-LD context of the JSON-LD dump</td></tr>
 * <tr><td>{@code /static/litlod.css}, {@code /static/query.js}</td><td>the stylesheet, the editor page's script</td></tr>
 * <tr><td>{@code /search?q=words}</td><td>full-text search: matching papers and entities ({@code LITLOD-LD-401}
 *   when too long)</td></tr>
 * <tr><td>{@code /query}</td><td>SPARQL editor (YASGUI) with the example queries</td></tr>
 * <tr><td>{@code /webjars/yasgui/yasgui.min.js|.css}</td><td>YASGUI, from its webjar on the classpath</td></tr>
 * </table>
 *
 * <p>Responses derived from the data carry an ETag and Last-Modified tied to
 * {@link org.litlod.store.PaperStore#version()}; error pages carry a stable id
 * ({@code LITLOD-LD-400}, {@code -404}, {@code -406}).
 */
package org.litlod.server.ld;
