package org.litlod.server.federation;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * Switches off the fetching of remote JSON-LD documents ({@code "@context": "http://…"}) by
 * Jena's JSON-LD 1.1 reader (Titanium): without this, parsing a JSON-LD document makes the
 * server send a request to any URL the document names. With it, such a document fails to parse
 * with {@code LITLOD-SERVICE-004}, and no request is made. Inline contexts still work.
 */
public final class JsonLdRemoteContexts {
    /** The error id of a refused remote JSON-LD document. */
    public static final String REFUSED = "LITLOD-SERVICE-004";

    private static final DocumentLoader REFUSING_LOADER = JsonLdRemoteContexts::refuse;

    private JsonLdRemoteContexts() {
    }

    /**
     * Sets JSON-LD options with a document loader that loads nothing in RIOT's global context,
     * which every parse inherits. Idempotent.
     */
    public static void disable() {
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options());
    }

    /** JSON-LD options whose document loader refuses every document. */
    public static JsonLdOptions options() {
        return new JsonLdOptions(REFUSING_LOADER);
    }

    private static Document refuse(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                REFUSED + ": remote JSON-LD document <" + url + "> not fetched (remote contexts are off)");
    }
}
