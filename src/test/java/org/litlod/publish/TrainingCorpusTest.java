package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.AnnotatedText;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.LexiconBuilder;
import org.litlod.tag.lexicon.LexiconSources;

/** {@code lexicon build --training}: names learned from a gold file in PubTator format. */
class TrainingCorpusTest {

    @Test
    void aGoldFileTeachesTheLexiconItsMentionNames(@TempDir Path dir) throws Exception {
        Path trees = Files.writeString(dir.resolve("trees.txt"),
                "Tree Number\tDesc Ui\tTerm\nD03.633.100\tD016572\tCyclosporine\n");
        Path table = Files.writeString(dir.resolve("mesh.tsv"), "D016572\tCyclosporine\tCyclosporin A\n");
        Path gold = Files.writeString(dir.resolve("gold.txt"),
                "1|t|CsA toxicity\n1|a|Ciclosporin was given.\n1\t0\t3\tCsA\tChemical\tD016572\n"
                        + "1\t13\t24\tCiclosporin\tChemical\tD016572\n\n"
                        + "2|t|CsA again\n2|a|Ciclosporin levels rose.\n2\t0\t3\tCsA\tChemical\tD016572\n"
                        + "2\t10\t21\tCiclosporin\tChemical\tD016572\n\n");
        List<AnnotatedText> texts = DefaultLexicon.trainingFrom(gold);
        assertEquals(2, texts.size());
        assertEquals(List.of(EntityType.CHEMICAL), texts.get(0).types());
        assertEquals(gold.toString(), texts.get(1).corpus(), "each text knows its corpus, whose conventions it follows");
        CompiledLexicon lexicon = LexiconBuilder.build(LexiconSources.builder().builtin(false)
                .meshTrees(trees).meshTable(table).training(texts).build());
        Concept c = lexicon.concept(new Identifier(IdScheme.MESH, "D016572")).orElseThrow();
        assertTrue(c.names().contains("Ciclosporin"), c.names().toString());
        assertTrue(c.names().contains("CsA"), "a short form annotated in two documents is a name");
        assertTrue(lexicon.version().contains("2 annotated training texts"), lexicon.version());
    }
}
