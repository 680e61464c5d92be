package org.litlod.convert.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.XmlNode;
import org.litlod.model.Author;

/** The authors of a PubMed {@code <AuthorList>}: persons and collective names, in order. */
final class PubMedAuthors {
    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");

    private PubMedAuthors() {
    }

    static List<Author> of(XmlNode list) {
        List<Author> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (XmlNode a : list.children("Author")) {
            if ("N".equals(a.attr("ValidYN"))) {
                continue;
            }
            List<String> affiliations = a.findAll("AffiliationInfo/Affiliation").stream()
                    .map(XmlNode::cleanText).filter(s -> s != null).toList();
            String collective = a.textAt("CollectiveName");
            String family = a.textAt("LastName");
            String given = a.textAt("ForeName");
            if (given == null) {
                given = a.textAt("Initials");
            }
            String name;
            if (family != null) {
                String suffix = a.textAt("Suffix");
                name = (given == null ? "" : given + " ") + family + (suffix == null ? "" : " " + suffix);
            } else if (collective != null) {
                name = collective;
                given = null;
            } else {
                continue;
            }
            out.add(new Author(name, family == null ? null : given, family, orcid(a), affiliations));
        }
        return out;
    }

    private static String orcid(XmlNode author) {
        for (XmlNode id : author.children("Identifier")) {
            String v = id.cleanText();
            if (v != null && "ORCID".equalsIgnoreCase(id.attr("Source"))) {
                Matcher m = ORCID.matcher(v);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
