package org.litlod.server.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand-ins for the five public endpoints litlod federates with, started together, and the
 * {@link EndpointMap} from each real endpoint URL to its stand-in.
 */
final class StandIns implements AutoCloseable {
    static final String UNIPROT = "https://sparql.uniprot.org/sparql";
    static final String WIKIDATA = "https://query.wikidata.org/sparql";
    static final String MESH = "https://id.nlm.nih.gov/mesh/sparql";
    static final String UBERGRAPH = "https://ubergraph.apps.renci.org/sparql";
    static final String IDSM = "https://idsm.elixir-czech.cz/sparql/endpoint/idsm";

    private final Map<String, StandIn> byReal = new LinkedHashMap<>();

    private StandIns() {
    }

    /** Starts all five. */
    static StandIns start() {
        StandIns s = new StandIns();
        try {
            s.add(StandIn.start("uniprot", UNIPROT, "uniprot.ttl"));
            s.add(StandIn.start("wikidata", WIKIDATA, "wikidata.ttl"));
            s.add(StandIn.start("mesh", MESH, "mesh.trig"));
            s.add(StandIn.start("ubergraph", UBERGRAPH, "ubergraph.ttl"));
            s.add(StandIn.start("idsm", IDSM, "idsm.ttl"));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void add(StandIn standIn) {
        byReal.put(standIn.realEndpoint(), standIn);
    }

    /** The stand-in for a real endpoint URL. */
    StandIn forReal(String realEndpoint) {
        StandIn s = byReal.get(realEndpoint);
        if (s == null) {
            throw new IllegalArgumentException("no stand-in for " + realEndpoint);
        }
        return s;
    }

    List<StandIn> all() {
        return List.copyOf(byReal.values());
    }

    /** Real endpoint URL to stand-in URL, for every stand-in. */
    EndpointMap map() {
        Map<String, String> m = new LinkedHashMap<>();
        byReal.forEach((real, s) -> m.put(real, s.endpoint()));
        return new EndpointMap(m);
    }

    @Override
    public void close() {
        byReal.values().forEach(StandIn::close);
    }
}
