package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.ids.IriMinter;
import org.litlod.model.Document;
import org.litlod.rdf.DocumentMapper;
import org.litlod.rdf.MappedDocument;
import org.litlod.rdf.Sparql;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The whole pipeline on the seeds: convert, tag with the built-in lexicon, map with the
 * lexicon's equivalents and version, check the shapes; then the mention selectors must select
 * their text in the published passages.
 */
class TaggedSeedsConformTest {
    private static final Lexicon LEXICON = Lexicons.builtin();
    private static final DocumentMapper MAPPER = new DocumentMapper(new IriMinter(), LEXICON::equivalents,
            org.litlod.ids.Labels.NONE, org.litlod.rdf.MentionDetail.FULL);

    private static MappedDocument pipeline(String file) throws Exception {
        Path p = Path.of("seeds", file);
        Document d = ConverterRegistry.standard().convert(new SourceText(file, Files.readAllBytes(p))).get(0);
        MappedDocument m = MAPPER.map(new Tagger(LEXICON).tag(d), LEXICON.version());
        ShapeCheck.standard().check(m);
        return m;
    }

    @Test
    void everySeedConformsAndEverySelectorSelectsItsText() throws Exception {
        for (String f : List.of("000_93911e03ce8ac8a2.txt", "001_f539eeda5b84100b.txt", "002_ded442ce58b4f461.txt")) {
            Sparql q = new Sparql(pipeline(f).described());
            assertTrue(Integer.parseInt(q.values("SELECT (COUNT(?t) AS ?n) WHERE { ?t a oa:SpecificResource }").get(0)) > 0, f);
            assertEquals(List.of(), q.values("SELECT ?t WHERE { ?t oa:hasSource/litlod:text ?text ;"
                    + " oa:hasSelector ?qs, ?ps . ?qs oa:exact ?x . ?ps oa:start ?s ; oa:end ?e ."
                    + " FILTER(SUBSTR(?text, ?s + 1, ?e - ?s) != ?x) }"), f);
        }
    }

    @Test
    void taggedAnnotationsCarryTheLexiconVersion() throws Exception {
        Sparql q = new Sparql(pipeline("000_93911e03ce8ac8a2.txt").described());
        assertTrue(q.ask("?a oa:hasBody <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11626560> ;"
                + " oa:hasTarget/oa:hasSource ?passage ; litlod:lexiconVersion \"" + LEXICON.version() + "\" ."
                + " ?passage litlod:passageKey \"abstract\" ."),
                "crizotinib's mentions have one body, the lexicon's canonical CID");
        assertTrue(q.ask("<http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11626560> skos:exactMatch"
                + " <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571> ."),
                "the CID the seed lists is an exact match of the canonical one");
        assertFalse(q.ask("?a oa:hasBody <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571> ."),
                "and is not annotated a second time");
        assertTrue(q.ask("?d oa:hasBody <http://identifiers.org/ncbigene/238> ;"
                + " oa:hasTarget <http://localhost:3030/paper/doi/10.1038~s41375-025-02729-w> ;"
                + " litlod:foundBy litlod:SourceList ; litlod:mentionCount ?n . FILTER(?n > 0)"));
    }
}
