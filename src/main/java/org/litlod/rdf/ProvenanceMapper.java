package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.model.SourceInfo;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.PROV;
import org.litlod.vocab.SPDX;

/**
 * PROV-O provenance of one document: the source file (name, format, SPDX SHA-256 checksum), the
 * conversion activity (converter name and version, end time, the litlod software agent) and
 * the named graph and paper derived from the file, and the shared graph of entity descriptions
 * the named graph requires ({@code dcterms:requires}).
 */
final class ProvenanceMapper {
    private ProvenanceMapper() {
    }

    /**
     * @param entityGraph the shared graph of entity descriptions the document graph requires,
     *                    or null when the document names no entity
     */
    static void map(MappingContext c, String graphIri, String entityGraph) {
        SourceInfo s = c.doc().source();
        Resource file = c.resource(c.iris().sourceFile(s.sha256()))
                .addProperty(RDF.type, LITLOD.SourceFile).addProperty(RDF.type, PROV.Entity);
        file.addProperty(RDFS.label, s.fileName());
        file.addProperty(LITLOD.sourceFormat, s.format());
        Resource checksum = c.model().createResource().addProperty(RDF.type, SPDX.Checksum);
        checksum.addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256);
        checksum.addProperty(SPDX.checksumValue, s.sha256());
        file.addProperty(SPDX.checksum, checksum);

        Resource agent = c.resource(c.iris().software())
                .addProperty(RDF.type, PROV.SoftwareAgent).addProperty(RDFS.label, "litlod");
        Resource activity = c.resource(c.iris().conversion(c.paperIri()))
                .addProperty(RDF.type, LITLOD.Conversion).addProperty(RDF.type, PROV.Activity);
        activity.addProperty(PROV.used, file);
        activity.addProperty(PROV.wasAssociatedWith, agent);
        activity.addProperty(LITLOD.converter, s.converter());
        c.text(activity, LITLOD.converterVersion, s.converterVersion());

        Resource graph = c.resource(graphIri).addProperty(RDF.type, PROV.Entity);
        if (entityGraph != null) {
            graph.addProperty(DCTerms.requires, c.resource(entityGraph));
        }
        for (Resource derived : new Resource[] {graph, c.paper()}) {
            derived.addProperty(PROV.wasDerivedFrom, file);
            derived.addProperty(PROV.wasGeneratedBy, activity);
        }
        if (s.convertedAt() != null) {
            activity.addProperty(PROV.endedAtTime, Literals.dateTime(s.convertedAt()));
            graph.addProperty(PROV.generatedAtTime, Literals.dateTime(s.convertedAt()));
        }
    }
}
