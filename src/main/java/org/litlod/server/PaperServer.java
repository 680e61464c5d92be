package org.litlod.server;

import java.time.Clock;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.litlod.server.ld.IriSpace;
import org.litlod.server.federation.ServicePolicy;
import org.litlod.server.federation.ServiceSettings;
import org.litlod.server.query.QueryGuards;
import org.litlod.server.ld.LinkedData;
import org.litlod.store.PaperStore;

/**
 * litlod's running server: embedded Fuseki with the {@code /papers} dataset from the
 * configuration file over a {@link PaperStore} (its text-indexed dataset), plus the linked-data
 * layer of {@link LinkedData} (dereferenceable IRIs, pages, search, the query editor, VoID,
 * dumps). Read-only with query limits by default; see {@link ServerOptions}.
 */
public final class PaperServer implements AutoCloseable {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "papers";
    /** The SPARQL Update endpoint ({@code /papers/update}), only when updates are enabled. */
    public static final String UPDATE_ENDPOINT = "update";
    /** The Graph Store Protocol read-write endpoint ({@code /papers/data}), only when updates are enabled. */
    public static final String DATA_ENDPOINT = "data";
    private final FusekiServer fuseki;

    private PaperServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * Starts a server over the store on {@code port} (0 for an ephemeral port), with IRIs minted
     * under {@link IriSpace#DEFAULT_BASE}.
     *
     * @param loopbackOnly listen on the loopback interface only
     */
    public static PaperServer start(PaperStore store, int port, boolean loopbackOnly) {
        return start(store, port, loopbackOnly, IriSpace.DEFAULT_BASE);
    }

    /**
     * Starts a server over the store on {@code port} (0 for an ephemeral port) that answers for
     * the IRIs minted under {@code baseIri}: a request for {@code /paper/x} names
     * {@code {baseIri}paper/x}.
     *
     * @param loopbackOnly listen on the loopback interface only
     * @param baseIri      the base IRI the data was minted with (a missing trailing "/" is added)
     */
    public static PaperServer start(PaperStore store, int port, boolean loopbackOnly, String baseIri) {
        return start(store, ServerOptions.defaults().withPort(port).withLoopbackOnly(loopbackOnly).withBaseIri(baseIri));
    }

    /**
     * Starts a server over the store as {@code options} say: read-only unless
     * {@link ServerOptions#updates()} names who may write, with its query timeout (which also
     * stops regular expressions and property paths, {@link QueryGuards}), row and triple limits,
     * request-size limits, security headers and CORS without credentials; LOAD obeys the
     * SERVICE policy, and failed logins are logged and locked out per address.
     */
    public static PaperServer start(PaperStore store, ServerOptions options) {
        Model config = ServerConfig.forStore(store.location());
        ServicePolicy outbound = ServiceSettings.fromSystemProperties();
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(ServerConfig.withoutServices(config))
                .port(options.port())
                .loopback(options.loopbackOnly())
                .enableCors(false, null)
                .registerOperation(Operation.Query,
                        new LimitedQuery(options.queryTimeout(), options.resultLimit(), options.tripleLimit()))
                .registerOperation(Operation.Update, new CheckedUpdate(outbound))
                .addFilter("/*", new ErrorBodyFilter())
                .addFilter("/*", new RequestLimitFilter(options.maxRequestBytes(), options.maxQueryLength()))
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new CrossOrigin(Set.of(writePath(UPDATE_ENDPOINT), writePath(DATA_ENDPOINT))))
                .addFilter("/" + DATASET + "/*", new XmlAcceptFilter());
        addServices(builder, config, store, options.updates());
        LinkedData.install(builder, store, new IriSpace(options.baseIri()),
                "/" + DATASET + "/sparql", "/" + DATASET + "/query");
        FusekiServer server = builder.build();
        outbound.install(server);
        QueryGuards.install(server);
        server.start();
        return new PaperServer(server);
    }

    /**
     * Adds the services of the configuration, each over the store's own (text-indexed) dataset
     * rather than one the assembler would open: inside one JVM there is one index writer.
     */
    private static void addServices(FusekiServer.Builder builder, Model config, PaperStore store, UpdateAccess updates) {
        for (Resource service : ServerConfig.services(config)) {
            DatasetDescriptionMap datasets = new DatasetDescriptionMap();
            datasets.register(ServerConfig.datasetOf(service).asNode(), store.datasetGraph());
            DataAccessPoint dap = FusekiConfig.buildDataAccessPoint(config.getGraph(), service.asNode(), datasets);
            DataService.Builder data = DataService.newBuilder(dap.getDataService());
            if (updates != null) {
                AuthPolicy writer = Auth.policyAllowSpecific(updates.user());
                data.addEndpoint(Operation.Update, UPDATE_ENDPOINT, writer);
                data.addEndpoint(Operation.GSP_RW, DATA_ENDPOINT, writer);
            }
            builder.add(dap.getName(), data);
        }
        if (updates != null) {
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("litlod",
                    JettySecurityLib.makeUserStore(updates.user(), updates.password()), AuthScheme.BASIC);
            security.setLoginService(new GuardedLoginService(security.getLoginService(),
                    new FailedLogins(Clock.systemUTC())));
            builder.securityHandler(security);
        }
    }

    private static String writePath(String endpoint) {
        return "/" + DATASET + "/" + endpoint;
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL query endpoint on loopback. */
    public String sparqlEndpoint() {
        return "http://localhost:" + port() + "/" + DATASET + "/sparql";
    }

    /** The root URL of the server on loopback ("http://localhost:PORT/"). */
    public String baseUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
