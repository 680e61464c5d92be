package org.litlod.server.federation;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;

/**
 * Checks every constant SERVICE IRI of a query, anywhere in it (including inside
 * {@code FILTER EXISTS}), against the {@link ServicePolicy} when ARQ prepares the query, before
 * anything is evaluated; then lets the usual optimizer run. A refusal therefore fails the whole
 * query up front, instead of surfacing only when evaluation reaches the SERVICE (where, inside
 * a FILTER, it would be taken for "false"). Variable targets are left to {@link ServiceGate}.
 */
final class ServicePreCheck implements RewriteFactory {
    private final ServicePolicy policy;
    private final RewriteFactory optimizer;

    ServicePreCheck(ServicePolicy policy, RewriteFactory optimizer) {
        this.policy = policy;
        this.optimizer = optimizer;
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite next = optimizer.create(context);
        return op -> {
            check(op);
            return next.rewrite(op);
        };
    }

    /** Throws {@link ServiceRefusedException} for the first constant target the policy refuses. */
    void check(Op op) {
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                if (opService.getService().isURI()) {
                    policy.check(opService.getService().getURI());
                }
            }
        };
        ExprVisitorBase exists = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                check(funcOp.getGraphPattern());
            }
        };
        Walker.walk(op, services, exists);
    }
}
