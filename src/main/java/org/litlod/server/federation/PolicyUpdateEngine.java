package org.litlod.server.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * The SPARQL Update engine of a dataset that carries a {@link ServicePolicy}: every operation
 * runs as Jena's does, except {@code LOAD}, which fetches its source with the policy's HTTP
 * client instead of Jena's process-wide one. So a LOAD is checked against the policy again at
 * run time, does not follow redirects (Jena's client does, which would let an allowed source
 * send the server to a local address), waits no longer than the policy's timeouts, and reads at
 * most {@link ServicePolicy#loadLimit()} bytes. What it fetched is parsed in memory and added
 * only when the whole of it parsed, so a failed LOAD adds nothing; {@code SILENT} turns a
 * failure into a no-op.
 */
final class PolicyUpdateEngine extends UpdateEngineMain {
    /** The context key under which {@link ServicePolicy#install} leaves the policy. */
    static final Symbol POLICY = Symbol.create("urn:litlod:servicePolicy");
    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.get(POLICY) instanceof ServicePolicy;
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding binding, Context context) {
            return new PolicyUpdateEngine(dataset, binding, context, context.get(POLICY));
        }
    };

    private final ServicePolicy policy;

    private PolicyUpdateEngine(DatasetGraph dataset, Binding binding, Context context, ServicePolicy policy) {
        super(dataset, binding, context);
        this.policy = policy;
    }

    /** Puts this engine first in Jena's registry (once); it serves only datasets with a policy. */
    static synchronized void register() {
        if (!UpdateEngineRegistry.get().contains(FACTORY)) {
            UpdateEngineRegistry.get().add(FACTORY);
        }
    }

    @Override
    protected UpdateVisitor prepareWorker() {
        return new Worker(datasetGraph, inputBinding, context, policy);
    }

    /** Jena's worker with LOAD done under the policy. */
    private static final class Worker extends UpdateEngineWorker {
        private final ServicePolicy policy;
        private final HttpClient client;

        Worker(DatasetGraph dataset, Binding binding, Context context, ServicePolicy policy) {
            super(dataset, binding, context);
            this.policy = policy;
            this.client = policy.httpClient();
        }

        @Override
        public void visit(UpdateLoad update) {
            DatasetGraph fetched;
            try {
                policy.check(update.getSource());
                fetched = fetch(update.getSource());
            } catch (RuntimeException e) {
                if (update.isSilent()) {
                    return;
                }
                throw e instanceof UpdateException u ? u : new UpdateException("LOAD <" + update.getSource() + ">: " + e.getMessage(), e);
            }
            Node dest = update.getDest();
            if (dest == null) {
                fetched.find().forEachRemaining(datasetGraph::add);
                return;
            }
            Graph graph = datasetGraph.getGraph(dest);
            Iterator<Quad> quads = fetched.find();
            quads.forEachRemaining(q -> graph.add(q.asTriple()));
        }

        private DatasetGraph fetch(String source) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(source))
                    .timeout(policy.timeout())
                    .header("Accept", WebContent.defaultRDFAcceptHeader)
                    .GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new UpdateException("LOAD <" + source + "> could not be fetched: " + e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpdateException("LOAD <" + source + "> was interrupted", e);
            }
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status >= 300 && status < 400) {
                    throw new UpdateException("LOAD <" + source + "> answered " + status + " (a redirect, not followed)");
                }
                if (status != 200) {
                    throw new UpdateException("LOAD <" + source + "> answered " + status);
                }
                byte[] bytes = body.readNBytes(Math.toIntExact(policy.loadLimit() + 1));
                if (bytes.length > policy.loadLimit()) {
                    throw new UpdateException("LOAD <" + source + "> is larger than " + policy.loadLimit() + " bytes");
                }
                DatasetGraph data = DatasetGraphFactory.create();
                RDFParser.source(new ByteArrayInputStream(bytes)).lang(language(response, source))
                        .base(source).parse(data);
                return data;
            } catch (IOException e) {
                throw new UpdateException("LOAD <" + source + "> could not be read: " + e.getClass().getSimpleName(), e);
            }
        }

        private static Lang language(HttpResponse<?> response, String source) {
            Lang byType = response.headers().firstValue("Content-Type")
                    .map(ContentType::create)
                    .map(ct -> RDFLanguages.contentTypeToLang(ct.getContentTypeStr()))
                    .orElse(null);
            if (byType != null) {
                return byType;
            }
            Lang byName = RDFLanguages.pathnameToLang(URI.create(source).getPath());
            return byName != null ? byName : Lang.TURTLE;
        }
    }
}
