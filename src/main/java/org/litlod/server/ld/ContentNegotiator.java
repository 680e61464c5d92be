package org.litlod.server.ld;

import java.util.List;
import java.util.Optional;

/**
 * Picks the representation of a resource that best fits an HTTP Accept header (RFC 9110
 * section 12.5.1). Each representation gets the quality of the most specific media range that
 * matches it (or one of its aliases); the highest quality wins, and ties go to the earlier
 * representation in the server's list. No Accept header, or only wildcards, gives the default
 * (the first in the list). Ranges with q=0 exclude a representation.
 */
public final class ContentNegotiator {
    private final List<Representation> offered;

    /** A negotiator over {@code offered}, in order of preference; the first is the default. */
    public ContentNegotiator(List<Representation> offered) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("nothing offered");
        }
        this.offered = List.copyOf(offered);
    }

    /** Turtle first (the default for clients that send no Accept), then JSON-LD, RDF/XML, N-Triples, HTML. */
    public static ContentNegotiator forResources() {
        return new ContentNegotiator(List.of(Representation.TURTLE, Representation.JSONLD,
                Representation.RDFXML, Representation.NTRIPLES, Representation.HTML));
    }

    /** The representations offered, the default first. */
    public List<Representation> offered() {
        return offered;
    }

    /** The best representation for the header, or empty when the client accepts none of them (406). */
    public Optional<Representation> choose(String acceptHeader) {
        List<MediaRange> ranges = MediaRange.parseAccept(acceptHeader);
        if (ranges.isEmpty()) {
            return Optional.of(offered.get(0));
        }
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offered) {
            double q = quality(r, ranges);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(Representation r, List<MediaRange> ranges) {
        int bestSpecificity = 0;
        double q = 0;
        for (MediaRange range : ranges) {
            int s = r.answers(range.type() + "/" + range.subtype()) ? 3 : range.specificity(r.mediaType());
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = range.quality();
            }
        }
        return q;
    }
}
