package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IriSpaceTest {
    private final IriSpace space = new IriSpace("https://data.example.org/lit");

    @Test
    void aMissingSlashIsAddedAndNonHttpBasesAreRefused() {
        assertEquals("https://data.example.org/lit/", space.base());
        assertEquals("https://data.example.org/lit/dataset", space.dataset());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IriSpace("urn:x:"));
        assertTrue(e.getMessage().startsWith("LITLOD-LD-001"));
    }

    @Test
    void requestPathsMapToIrisUnderTheBaseAndBack() {
        String iri = space.iriOfPath("/paper/doi/10.1038~x");
        assertEquals("https://data.example.org/lit/paper/doi/10.1038~x", iri);
        assertEquals("/page/paper/doi/10.1038~x", space.pageUrl(iri));
        assertEquals("/data/paper/doi/10.1038~x.jsonld", space.dataUrl(iri, Representation.JSONLD));
        assertEquals("/paper/doi/10.1038~x", space.resourceUrl(iri));
        assertTrue(space.isLocal(iri));
        assertFalse(space.isLocal("https://data.example.org/other/paper/1"));
    }

    @Test
    void externalIrisGetEncodedEntityUrls() {
        String mesh = "http://id.nlm.nih.gov/mesh/D013921";
        assertEquals("/entity/page?iri=http%3A%2F%2Fid.nlm.nih.gov%2Fmesh%2FD013921", space.pageUrl(mesh));
        assertEquals("/entity/data?iri=http%3A%2F%2Fid.nlm.nih.gov%2Fmesh%2FD013921&format=ttl",
                space.dataUrl(mesh, Representation.TURTLE));
    }

    @Test
    void unlabelledIrisAreNamedFromTheirPath() {
        assertEquals("author 2", space.pathName(space.base() + "paper/pmid/1/author/2"));
        assertEquals("authors", space.pathName(space.base() + "paper/pmid/1/authors"));
        assertEquals("conversion", space.pathName(space.base() + "paper/pmid/1/conversion"));
    }

    @Test
    void htmlEscapesTextAndAttributes() {
        Html h = new Html().link("/x?a=1&b=\"2\"", "<b>Tom & 'Jerry'</b>");
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</a>", h.toString());
    }
}
