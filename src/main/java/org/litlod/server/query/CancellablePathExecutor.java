package org.litlod.server.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, except that a property path is evaluated over a
 * {@link CancellableGraph}: a path whose closure would run for minutes (a {@code *} over a
 * large, densely linked graph, nested {@code *}s) stops at the query's timeout instead of
 * holding a core after its client has been answered. Installed with {@link #install(Context)}.
 */
final class CancellablePathExecutor extends OpExecutorTDB2 {
    private static final OpExecutorFactory FACTORY = CancellablePathExecutor::new;

    private CancellablePathExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes the queries run with {@code cxt} use this executor. */
    static void install(Context cxt) {
        QC.setFactory(cxt, FACTORY);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean signal = execCxt.getCancelSignal();
        if (signal == null || execCxt.getActiveGraph() instanceof CancellableGraph) {
            return super.execute(opPath, input);
        }
        ExecutionContext checked = new ExecutionContext(execCxt, new CancellableGraph(execCxt.getActiveGraph(), signal));
        return QC.execute(opPath, input, checked);
    }
}
