package org.litlod.convert.pubtator;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.AnnotationIds;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.AnnotationTypes;
import org.litlod.convert.ConversionException;
import org.litlod.convert.MentionPlacer;
import org.litlod.convert.SourceRelations;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Relation;
import org.litlod.model.SourceInfo;

/**
 * One document of a PubTator file as its lines are read: the title line, the abstract line and
 * the annotation lines "PMID, start, end, text, type, identifiers" (tab-separated). Relation
 * lines ("PMID, CID, id, id") are recognised and skipped.
 */
final class PubTatorBlock {
    private record Line(int number, int start, int end, String text, String type, String ids) {
    }

    private record RelationLine(int number, String type, List<String> ids) {
    }

    private final String file;
    private final int line;
    private final String pmid;
    private final String title;
    private String abstractText;
    private final List<Line> annotations = new ArrayList<>();
    private final List<RelationLine> relations = new ArrayList<>();

    PubTatorBlock(String file, int line, String pmid, String title) {
        this.file = file;
        this.line = line;
        this.pmid = pmid.strip();
        this.title = title;
    }

    void abstractLine(String text) {
        abstractText = text;
    }

    void annotationLine(String text, int number) throws ConversionException {
        String[] cols = text.split("\t", -1);
        if (cols.length == 4 || cols.length >= 3 && !cols[1].matches("\\d+")) {
            relations.add(new RelationLine(number, cols[1].strip(), List.of(cols).subList(2, cols.length)));
            return;
        }
        if (cols.length < 5) {
            throw new ConversionException(PubTatorConverter.BAD_LINE, file, number,
                    "annotation line with " + cols.length + " columns, expected PMID, start, end, text, type, id");
        }
        if (!cols[0].strip().equals(pmid)) {
            throw new ConversionException(PubTatorConverter.BAD_LINE, file, number,
                    "annotation of document " + cols[0] + " inside document " + pmid);
        }
        try {
            int start = Integer.parseInt(cols[1].strip());
            int end = Integer.parseInt(cols[2].strip());
            if (end <= start) {
                throw new NumberFormatException();
            }
            annotations.add(new Line(number, start, end, cols[3], cols[4], cols.length > 5 ? cols[5] : null));
        } catch (NumberFormatException e) {
            throw new ConversionException(PubTatorConverter.BAD_LINE, file, number,
                    "unreadable offsets '" + cols[1] + "', '" + cols[2] + "'");
        }
    }

    Document toDocument(SourceInfo source) throws ConversionException {
        if (title.isBlank()) {
            throw new ConversionException(PubTatorConverter.NO_TITLE, file, line, "document " + pmid + " has an empty title");
        }
        DocumentBuilder b = Document.builder(source, DocumentKind.JOURNAL_ARTICLE, title);
        b.ids(new DocumentIds(null, pmid.matches("\\d+") ? pmid : null, null));
        MentionPlacer placer = new MentionPlacer();
        placer.add(0, title, "title", 0);
        if (abstractText != null && !abstractText.isBlank()) {
            b.abstractText(abstractText);
            placer.add(title.length() + 1, abstractText, "abstract", 0);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Line a : annotations) {
            EntityType type = AnnotationTypes.of(a.type());
            if (type == null) {
                continue;
            }
            for (String bad : AnnotationIds.unreadable(a.ids(), type)) {
                b.warning(FieldWarning.of(FieldWarning.BAD_CONCEPT_ID, file, a.number(), a.type() + " identifier", bad,
                        "is not an identifier of that type (the mention is kept without it)"));
            }
            Identifier gene = type == EntityType.VARIANT ? AnnotationIds.variantGene(a.ids()) : null;
            Mention m = placer.place(a.start(), a.end() - a.start(), a.text(), type,
                    AnnotationIds.parse(a.ids(), type), gene == null ? List.of() : List.of(gene));
            if (m != null) {
                mentions.add(m);
            }
        }
        List<Mention> distinct = MentionPlacer.distinct(mentions);
        distinct.forEach(b::mention);
        SourceRelations reader = new SourceRelations(distinct);
        for (RelationLine r : relations) {
            List<SourceRelations.Argument> arguments = arguments(r);
            Relation relation = reader.relation(r.type(), arguments, null);
            if (relation != null) {
                b.relation(relation);
            } else {
                b.warning(FieldWarning.of(FieldWarning.BAD_RELATION, file, r.number(), "relation", r.type(),
                        SourceRelations.problem(r.type(), arguments)));
            }
        }
        return b.build();
    }

    private static List<SourceRelations.Argument> arguments(RelationLine r) {
        boolean cid = r.type().equals("CID") && r.ids().size() == 2;
        List<SourceRelations.Argument> out = new ArrayList<>();
        for (int i = 0; i < r.ids().size(); i++) {
            String role = cid ? (i == 0 ? "Chemical" : "Disease") : "role" + (i + 1);
            out.add(new SourceRelations.Argument(role, cid ? role : null, r.ids().get(i).strip()));
        }
        return out;
    }
}
