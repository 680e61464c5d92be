package org.litlod.server.federation;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The link in ARQ's service executor chain that enforces a {@link ServicePolicy}. As a bulk
 * link it checks a constant SERVICE IRI when the query plan is built, so a refused query fails
 * before it produces any result; as a per-binding link it checks every call after variable
 * substitution ({@code SERVICE ?endpoint}), immediately before the HTTP executor. A refusal is
 * not a remote failure: {@code SERVICE SILENT} does not hide it.
 */
final class ServiceGate implements ChainingServiceExecutorBulk, ChainingServiceExecutor {
    private final ServicePolicy policy;

    ServiceGate(ServicePolicy policy) {
        this.policy = policy;
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input,
            ExecutionContext execCxt, ServiceExecutorBulk chain) {
        Node service = opService.getService();
        if (service.isURI()) {
            policy.check(service.getURI());
        } else if (!service.isVariable()) {
            throw new ServiceRefusedException(ServiceRefusedException.BAD_TARGET,
                    service.toString(), "not an IRI");
        }
        return chain.createExecution(opService, input, execCxt);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw new ServiceRefusedException(ServiceRefusedException.BAD_TARGET,
                    service.toString(), "the endpoint variable is not bound to an IRI");
        }
        policy.check(service.getURI());
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
