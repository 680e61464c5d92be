package org.litlod.corpus;

import java.util.List;

/**
 * Writes papers as BioC XML the way PubTator3 exports it: a {@code <collection>} of documents,
 * each with a title passage (offset 0, carrying the bibliographic infons) and an abstract passage
 * (offset one past the title), and in each passage the entity annotations with a "type" and an
 * "identifier" infon and one {@code <location>} at document offsets.
 */
final class BioCXmlFormat {
    private BioCXmlFormat() {
    }

    /** A BioC XML collection holding the papers as documents. */
    static String xml(List<Paper> papers) {
        StringBuilder b = new StringBuilder(papers.size() * 4096);
        b.append("<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM 'BioC.dtd'>\n");
        b.append("<collection><source>PubTator</source><date>20250101</date><key>BioC.key</key>\n");
        for (Paper p : papers) {
            String title = PubTatorFront.title(p);
            List<SourceAnnotations.Annotation> annotations = SourceAnnotations.of(p, title.length() + 1);
            b.append("<document><id>").append(p.pmid()).append("</id>\n<passage>");
            PubTatorFront.infons(p).forEach((k, v) -> b.append("<infon key=\"").append(k).append("\">")
                    .append(XmlText.escape(v)).append("</infon>"));
            b.append("<offset>0</offset><text>").append(XmlText.escape(title)).append("</text>\n");
            int id = 0;
            for (SourceAnnotations.Annotation a : annotations) {
                if (a.offset() < title.length()) {
                    xmlAnnotation(b, id++, a);
                }
            }
            b.append("</passage>\n<passage><infon key=\"type\">abstract</infon><offset>").append(title.length() + 1)
                    .append("</offset><text>").append(XmlText.escape(p.abstractText())).append("</text>\n");
            for (SourceAnnotations.Annotation a : annotations) {
                if (a.offset() > title.length()) {
                    xmlAnnotation(b, id++, a);
                }
            }
            b.append("</passage>\n</document>\n");
        }
        return b.append("</collection>\n").toString();
    }

    private static void xmlAnnotation(StringBuilder b, int id, SourceAnnotations.Annotation a) {
        b.append("<annotation id=\"").append(id).append("\"><infon key=\"identifier\">")
                .append(XmlText.escape(a.identifier())).append("</infon><infon key=\"type\">").append(a.type())
                .append("</infon><location offset=\"").append(a.offset()).append("\" length=\"")
                .append(a.text().length()).append("\"/><text>").append(XmlText.escape(a.text()))
                .append("</text></annotation>\n");
    }
}
