package org.litlod.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.ids.IriMinter;
import org.litlod.publish.Publisher;
import org.litlod.publish.Tagging;
import org.litlod.rdf.DocumentMapper;
import org.litlod.validate.ShapeCheck;

/**
 * A pipeline for tests of per-document failures: no tagging, and shapes
 * ({@code reject-shapes.ttl}) that refuse a paper whose title holds the word REJECT.
 */
record RejectingPipeline(String base) implements PipelineSpec {
    @Override
    public Publisher build() {
        Graph shapes = RDFParser.source(RejectingPipeline.class.getResource("/reject-shapes.ttl").toString()).toGraph();
        IriMinter iris = new IriMinter(base);
        return new Publisher(ConverterRegistry.standard(), Tagging.NONE, iris, new DocumentMapper(iris),
                ShapeCheck.of(shapes));
    }
}
