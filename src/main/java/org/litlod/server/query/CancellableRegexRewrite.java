package org.litlod.server.query;

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
 * then lets the optimizer it wraps run. Installed by {@link QueryGuards}.
 */
final class CancellableRegexRewrite implements RewriteFactory {
    private final RewriteFactory optimizer;

    private CancellableRegexRewrite(RewriteFactory optimizer) {
        this.optimizer = optimizer;
    }

    /**
     * Puts the rewrite in front of the optimizer that {@code cxt} names (or ARQ's default), so
     * that every query run with {@code cxt} gets cancellable regular expressions.
     */
    static void install(Context cxt) {
        Object current = cxt.get(ARQConstants.sysOptimizerFactory);
        if (current instanceof CancellableRegexRewrite) {
            return;
        }
        RewriteFactory next = current instanceof RewriteFactory f ? f : Optimize.getFactory();
        cxt.set(ARQConstants.sysOptimizerFactory, new CancellableRegexRewrite(next));
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
