package org.litlod.rdf;

import java.util.List;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.litlod.ids.CasNumber;
import org.litlod.ids.EntityIds;
import org.litlod.ids.IdSyntax;
import org.litlod.model.Document;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Link;
import org.litlod.model.OmittedContent;
import org.litlod.model.Substance;
import org.litlod.vocab.LITLOD;

/**
 * Document metadata as the source gives it: status, language, output type, citation count,
 * subject areas, figure count, links, omitted parts and the substances it is about.
 */
final class PaperDetailsMapper {
    private PaperDetailsMapper() {
    }

    static void map(MappingContext c) {
        Document d = c.doc();
        Resource p = c.paper();
        c.text(p, LITLOD.publicationStatus, d.status());
        c.text(p, LITLOD.originalLanguage, d.language());
        c.text(p, LITLOD.outputType, d.outputType());
        c.text(p, LITLOD.sourceDatabase, d.sourceDatabase());
        if (d.citations() != null) {
            p.addProperty(LITLOD.citationCount, Literals.integer(d.citations().count()));
            c.text(p, LITLOD.citationIndex, d.citations().index());
        }
        d.subjects().forEach(s -> c.text(p, LITLOD.subjectArea, s));
        if (d.figureCount() != null) {
            p.addProperty(LITLOD.figureCount, Literals.integer(d.figureCount()));
        }
        d.links().forEach(l -> link(c, p, linkProperty(l.role()), l.url()));
        List<OmittedContent> omitted = d.omitted();
        for (int i = 0; i < omitted.size(); i++) {
            OmittedContent o = omitted.get(i);
            Resource r = c.resource(c.iris().omitted(c.paperIri(), i + 1))
                    .addProperty(RDF.type, LITLOD.OmittedContent);
            c.text(r, RDFS.label, o.part());
            c.text(r, RDFS.comment, o.note());
            link(c, r, RDFS.seeAlso, o.url());
            p.addProperty(LITLOD.omittedPart, r);
        }
        List<Substance> substances = d.substances();
        for (int i = 0; i < substances.size(); i++) {
            p.addProperty(LITLOD.aboutSubstance, substance(c, substances.get(i), i + 1));
        }
    }

    private static Property linkProperty(Link.LinkRole role) {
        return switch (role) {
            case FULL_TEXT -> LITLOD.fullTextUrl;
            case SOURCE_PAGE -> LITLOD.sourcePage;
            case RELATED -> RDFS.seeAlso;
        };
    }

    /** Links to a URL when it is an absolute IRI; other strings are not links and are left out. */
    private static void link(MappingContext c, Resource s, Property p, String url) {
        if (url == null) {
            return;
        }
        try {
            IRIx iri = IRIx.create(url.strip());
            if (iri.isAbsolute()) {
                s.addProperty(p, c.resource(iri.str()));
            }
        } catch (IRIException e) {
            // not an IRI: nothing to link
        }
    }

    private static Resource substance(MappingContext c, Substance s, int n) {
        String cas = s.ids().stream().filter(i -> i.scheme() == IdScheme.CAS).map(IdSyntax::check)
                .map(Identifier::value).findFirst().orElse(null);
        Resource r = c.resource(cas != null ? c.iris().substance(cas) : c.iris().substance(c.paperIri(), n))
                .addProperty(RDF.type, LITLOD.Substance);
        c.text(r, RDFS.label, s.name());
        for (Identifier id : s.ids()) {
            if (id.scheme() == IdScheme.CAS && CasNumber.isValid(id.value())) {
                r.addProperty(LITLOD.casRegistryNumber, id.value());
            } else if (EntityIds.hasOwnIri(id.scheme())) {
                r.addProperty(SKOS.exactMatch, c.resource(EntityIds.of(id).iri()));
            }
        }
        return r;
    }
}
