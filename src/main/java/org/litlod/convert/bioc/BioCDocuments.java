package org.litlod.convert.bioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litlod.convert.ConversionException;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.AnnotationTypes;
import org.litlod.convert.AnnotationIds;
import org.litlod.convert.MentionPlacer;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentKind;
import org.litlod.model.Figure;
import org.litlod.model.Mention;
import org.litlod.model.Paragraph;
import org.litlod.model.Reference;
import org.litlod.model.Section;
import org.litlod.model.SourceInfo;

/**
 * Turns a BioC document into a model document. The first title passage ("title", "front") is
 * the title; abstract passages are joined into the abstract, a blank line apart; headings
 * ("title_1", ...) open body sections that hold the following paragraphs and captions ("fig_caption",
 * "table_caption"); "ref" passages are references. Passage texts are kept exactly, so annotation
 * offsets map onto them.
 */
final class BioCDocuments {
    private record Draft(String heading, List<Paragraph> paragraphs, List<Figure> figures) {
    }

    private BioCDocuments() {
    }

    static Document toDocument(BioCDocument d, SourceInfo source, String file) throws ConversionException {
        MentionPlacer placer = new MentionPlacer();
        String title = null;
        StringBuilder abstractText = new StringBuilder();
        List<Draft> drafts = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        String heading = null;
        boolean newSection = true;
        for (BioCDocument.Passage p : d.passages()) {
            String type = p.type().toLowerCase(Locale.ROOT);
            String section = p.sectionType().toUpperCase(Locale.ROOT);
            String text = p.text();
            if (text.isBlank()) {
                continue;
            }
            if (title == null && (type.equals("title") || type.equals("front") || section.equals("TITLE"))) {
                title = text;
                placer.add(p.offset(), text, "title", 0);
            } else if (type.equals("abstract") || section.equals("ABSTRACT") && type.equals("paragraph")) {
                if (!abstractText.isEmpty()) {
                    abstractText.append("\n\n");
                }
                placer.add(p.offset(), text, "abstract", abstractText.length());
                abstractText.append(text);
            } else if (type.equals("ref") || section.equals("REF")) {
                references.add(new Reference(references.size() + 1, text.strip(), List.of(), false, null, null,
                        null, null, null, null, null, null, null));
            } else if (type.startsWith("title") || type.startsWith("abstract_title")) {
                heading = text.strip();
                newSection = true;
            } else if (!type.equals("table") && !type.equals("title")) {
                if (newSection || drafts.isEmpty()) {
                    drafts.add(new Draft(heading, new ArrayList<>(), new ArrayList<>()));
                    newSection = false;
                }
                Draft current = drafts.get(drafts.size() - 1);
                int s = drafts.size();
                if (type.contains("caption")) {
                    current.figures().add(new Figure(null, text, null));
                    placer.add(p.offset(), text, "section/" + s + "/figure/" + current.figures().size(), 0);
                } else {
                    current.paragraphs().add(Paragraph.of(text));
                    placer.add(p.offset(), text, "section/" + s + "/paragraph/" + current.paragraphs().size(), 0);
                }
            }
        }
        if (title == null) {
            throw new ConversionException(BioCXmlConverter.NO_TITLE, file, d.line(),
                    "document " + d.id() + " has no title passage");
        }
        DocumentBuilder b = Document.builder(source, DocumentKind.JOURNAL_ARTICLE, title);
        BioCMetadata.fill(d, b, file);
        if (!abstractText.isEmpty()) {
            b.abstractText(abstractText.toString());
        }
        drafts.forEach(x -> b.section(new Section(x.heading(), x.paragraphs(), x.figures())));
        references.forEach(b::reference);
        List<Mention> mentions = mentions(d, placer);
        mentions.forEach(b::mention);
        unreadableIds(d, file).forEach(b::warning);
        List<String> relationWarnings = new ArrayList<>();
        BioCRelations.of(d, mentions, file, relationWarnings).forEach(b::relation);
        relationWarnings.forEach(b::warning);
        return b.build();
    }

    /** A warning for each annotation identifier that is not one of its type (the mention stays, unlinked). */
    private static List<String> unreadableIds(BioCDocument d, String file) {
        List<String> out = new ArrayList<>();
        for (BioCDocument.Passage p : d.passages()) {
            for (BioCDocument.Annotation a : p.annotations()) {
                String type = a.infons().get("type");
                for (String bad : AnnotationIds.unreadable(BioCAnnotations.rawId(a), AnnotationTypes.of(type))) {
                    out.add(FieldWarning.of(FieldWarning.BAD_CONCEPT_ID, file, d.line(), type + " identifier", bad,
                            " of annotation " + a.id() + " in document " + d.id(),
                            "is not an identifier of that type (the mention is kept without it)"));
                }
            }
        }
        return out;
    }

    private static List<Mention> mentions(BioCDocument d, MentionPlacer placer) {
        List<Mention> out = new ArrayList<>();
        for (BioCDocument.Passage p : d.passages()) {
            for (BioCDocument.Annotation a : p.annotations()) {
                out.addAll(BioCAnnotations.mentions(a, placer));
            }
        }
        return MentionPlacer.distinct(out);
    }
}
