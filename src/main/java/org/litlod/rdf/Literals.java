package org.litlod.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.litlod.model.PublicationDate;

/** The typed literals the mapper writes. */
final class Literals {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Literals() {
    }

    static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Literal nonNegative(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Literal bool(boolean b) {
        return ResourceFactory.createTypedLiteral(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static Literal year(int year) {
        return ResourceFactory.createTypedLiteral(String.format("%04d", year), XSDDatatype.XSDgYear);
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear by the precision of the date. */
    static Literal date(PublicationDate d) {
        XSDDatatype type = d.month() == null ? XSDDatatype.XSDgYear
                : d.day() == null ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return ResourceFactory.createTypedLiteral(d.iso(), type);
    }

    static Literal dateTime(Instant t) {
        return ResourceFactory.createTypedLiteral(UTC.format(t), XSDDatatype.XSDdateTime);
    }
}
