package org.litlod.server.query;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * A step of ARQ's query preparation that replaces every {@code REGEX} and {@code REPLACE} of a
 * query (or of an update's WHERE) with {@link CancellableRegex} and {@link CancellableReplace},
 * then lets the optimizer it wraps run. Installed in a context with {@link #install(Context)}.
 */
public final class CancellableRegexRewrite implements RewriteFactory {
    private final RewriteFactory optimizer;

    private CancellableRegexRewrite(RewriteFactory optimizer) {
        this.optimizer = optimizer;
    }

    /**
     * Puts the rewrite in front of the optimizer that {@code cxt} names (or ARQ's default), so
     * that every query run with {@code cxt} gets cancellable regular expressions.
     */
    public static void install(Context cxt) {
        Object current = cxt.get(ARQConstants.sysOptimizerFactory);
        if (current instanceof CancellableRegexRewrite) {
            return;
        }
        RewriteFactory next = current instanceof RewriteFactory f ? f : Optimize.getFactory();
        cxt.set(ARQConstants.sysOptimizerFactory, new CancellableRegexRewrite(next));
    }

    /** Installs the rewrite in every dataset and endpoint context of a built server. */
    public static void install(FusekiServer server) {
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            install(dap.getDataService().getDataset().getContext());
            for (Endpoint endpoint : dap.getDataService().getEndpoints()) {
                if (endpoint.getContext() != null) {
                    install(endpoint.getContext());
                }
            }
        }
    }

    /** {@code op} with its regular-expression functions replaced. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                    return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite next = optimizer.create(context);
        return op -> next.rewrite(rewrite(op));
    }
}
