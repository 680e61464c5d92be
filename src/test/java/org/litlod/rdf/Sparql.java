package org.litlod.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.litlod.vocab.Prefixes;

/** SPARQL over a test graph with the standard prefixes declared. */
public final class Sparql {
    private final Model model;

    public Sparql(Graph g) {
        this.model = ModelFactory.createModelForGraph(g);
    }

    private static Query parse(String body) {
        StringBuilder q = new StringBuilder();
        PrefixMapping p = Prefixes.standard();
        p.getNsPrefixMap().forEach((k, v) -> q.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return QueryFactory.create(q + body);
    }

    public boolean ask(String body) {
        try (QueryExecution qe = QueryExecution.model(model).query(parse("ASK { " + body + " }")).build()) {
            return qe.execAsk();
        }
    }

    /** The values of the first variable, as strings (IRIs or lexical forms), in result order. */
    public List<String> values(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(parse(select)).build()) {
            ResultSet rs = qe.execSelect();
            String v = rs.getResultVars().get(0);
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode n = s.get(v);
                out.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
        }
        return out;
    }
}
