package org.litlod.convert.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.litlod.convert.XmlNode;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.Figure;
import org.litlod.model.Paragraph;
import org.litlod.model.Section;

/**
 * The body of a JATS article: every {@code <sec>} (nested ones after their parent, in reading
 * order) becomes a section with its heading, paragraphs and the captions of its figures and
 * tables ("Table 1" as a figure label); paragraphs before the first section form an untitled
 * one. Paragraph texts keep their citation markers and list the numbers of the references they
 * cite.
 */
final class JatsBody {
    private static final Set<String> FLOATS = Set.of("fig", "table-wrap", "fig-group", "table-wrap-group");

    private JatsBody() {
    }

    static void fill(XmlNode body, JatsReferences refs, DocumentBuilder b) {
        if (body == null) {
            return;
        }
        List<Section> sections = new ArrayList<>();
        List<Paragraph> lead = new ArrayList<>();
        List<Figure> leadFigures = new ArrayList<>();
        for (XmlNode child : body.elements()) {
            if (child.name().equals("sec")) {
                section(child, refs, sections);
            } else {
                content(child, refs, lead, leadFigures);
            }
        }
        if (!lead.isEmpty() || !leadFigures.isEmpty()) {
            b.section(new Section(null, lead, leadFigures));
        }
        sections.forEach(b::section);
    }

    /** The figures and tables of a {@code <floats-group>}. */
    static List<Figure> floatingFigures(XmlNode floats) {
        List<Figure> out = new ArrayList<>();
        for (XmlNode f : floats.elements()) {
            addFigure(f, out);
        }
        return out;
    }

    private static void section(XmlNode sec, JatsReferences refs, List<Section> out) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<XmlNode> subsections = new ArrayList<>();
        for (XmlNode child : sec.elements()) {
            if (child.name().equals("sec")) {
                subsections.add(child);
            } else if (!child.name().equals("title") && !child.name().equals("label")) {
                content(child, refs, paragraphs, figures);
            }
        }
        if (!paragraphs.isEmpty() || !figures.isEmpty()) {
            out.add(new Section(sec.textAt("title"), paragraphs, figures));
        }
        for (XmlNode sub : subsections) {
            section(sub, refs, out);
        }
    }

    private static void content(XmlNode node, JatsReferences refs, List<Paragraph> paragraphs, List<Figure> figures) {
        if (FLOATS.contains(node.name())) {
            addFigure(node, figures);
            return;
        }
        if (!Set.of("p", "list", "disp-quote", "boxed-text", "statement").contains(node.name())) {
            return;
        }
        String text = XmlNode.clean(node.textExcept(FLOATS));
        if (text != null) {
            TreeSet<Integer> cited = new TreeSet<>();
            for (XmlNode x : node.descendants("xref")) {
                if ("bibr".equals(x.attr("ref-type")) && x.attr("rid") != null) {
                    for (String rid : x.attr("rid").split("\\s+")) {
                        Integer n = refs.number(rid);
                        if (n != null) {
                            cited.add(n);
                        }
                    }
                }
            }
            paragraphs.add(new Paragraph(text, List.copyOf(cited)));
        }
        for (String f : FLOATS) {
            node.descendants(f).forEach(x -> addFigure(x, figures));
        }
    }

    private static void addFigure(XmlNode f, List<Figure> out) {
        if (f.name().endsWith("-group")) {
            f.elements().forEach(x -> addFigure(x, out));
            return;
        }
        if (!f.name().equals("fig") && !f.name().equals("table-wrap")) {
            return;
        }
        XmlNode caption = f.child("caption");
        String text = caption == null ? null : XmlNode.clean(String.join(" ", caption.elements().stream()
                .map(XmlNode::cleanText).filter(t -> t != null).toList()));
        if (text == null && caption != null) {
            text = caption.cleanText();
        }
        if (text == null) {
            return;
        }
        String label = f.textAt("label");
        XmlNode graphic = f.child("graphic");
        out.add(new Figure(label, text, graphic == null ? null : graphic.attr("href")));
    }
}
