package org.litlod.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.litlod.server.federation.ServicePolicy;
import org.litlod.server.federation.ServiceRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL Update operation, with every {@code LOAD} source checked before anything runs:
 * it must pass the same {@link ServicePolicy} as a SERVICE target (on the allow-list, http or
 * https, not a local address), so {@code LOAD <file:…>} and loopback or private addresses are
 * refused with 400 and the policy's id. When a permitted LOAD fails, the answer says only that
 * it failed ({@value #LOAD_FAILED}): a parser's message would quote the fetched content.
 */
final class CheckedUpdate extends SPARQL_Update {
    /** The error id of a LOAD that was allowed but failed. */
    static final String LOAD_FAILED = "LITLOD-UPDATE-001";
    private static final Logger LOG = LoggerFactory.getLogger(CheckedUpdate.class);
    private final ServicePolicy policy;

    CheckedUpdate(ServicePolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes(); // bounded by the request size limit
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean loads = checkLoads(new String(body, StandardCharsets.UTF_8));
        try {
            super.execute(action, new ByteArrayInputStream(body));
        } catch (ActionErrorException e) {
            if (!loads) {
                throw e;
            }
            LOG.warn("{} [{}] an update with LOAD failed: {}", LOAD_FAILED, action.id, e.getMessage());
            ServletOps.error(e.getRC(), LOAD_FAILED + " the update failed (a LOAD source could not be read or parsed;"
                    + " the details are in the server log)");
        }
    }

    /** Refuses the request if a LOAD source is not allowed; tells whether there is a LOAD. */
    private boolean checkLoads(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, "http://localhost/update-base/");
        } catch (QueryException e) {
            return text.toUpperCase(Locale.ROOT).contains("LOAD"); // Fuseki reports the syntax error
        }
        boolean loads = false;
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                loads = true;
                try {
                    policy.check(load.getSource());
                } catch (ServiceRefusedException e) {
                    ServletOps.errorBadRequest(e.id() + ": LOAD refused: " + e.reason());
                }
            }
        }
        return loads;
    }
}
