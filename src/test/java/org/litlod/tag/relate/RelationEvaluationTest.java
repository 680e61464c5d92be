package org.litlod.tag.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Literature;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.model.Document;

/**
 * The relation step scored on the CDR development set's CID relations (../shared), as
 * docs/evaluation.md reports it: every gold pair co-occurs in its document, and each narrower
 * selection trades recall for precision, the induction cue the most.
 */
class RelationEvaluationTest {
    @Test
    void cdrDevelopmentSetFigures() throws Exception {
        List<Document> gold = ConverterRegistry.standard().convert(
                Literature.load("cdr-full/CDR_DevelopmentSet.PubTator.txt"));
        List<RelationEvaluation.Row> rows = RelationEvaluation.run(gold, "CID");
        RelationEvaluation.Row all = rows.get(0);
        RelationEvaluation.Row sentence = rows.get(1);
        RelationEvaluation.Row cue = rows.get(3);
        assertEquals(1012, all.truePositives() + all.falseNegatives(), "the set's CID relations");
        assertEquals(1012, all.truePositives(), "every CID pair occurs in its document");
        assertEquals("published (a sentence with both)", sentence.selection());
        assertEquals(768, sentence.truePositives(), "what litlod publishes: pairs one sentence names");
        assertEquals(1726, sentence.falsePositives());
        assertEquals(428, cue.truePositives());
        assertEquals(273, cue.falsePositives());
        assertTrue(cue.precision() > 0.6 && sentence.precision() > 0.3 && all.precision() < 0.2, rows.toString());
        assertTrue(cue.precision() > sentence.precision() && sentence.precision() > all.precision(), rows.toString());
        assertTrue(RelationEvaluation.markdown(rows).contains("| induction cue (typed 'induces') | 428 | 273 | 584 | 0.611 | 0.423 | 0.500 |"),
                RelationEvaluation.markdown(rows));
    }
}
