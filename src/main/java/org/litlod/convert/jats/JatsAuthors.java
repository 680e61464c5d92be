package org.litlod.convert.jats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.XmlNode;
import org.litlod.model.Author;

/**
 * The authors of a JATS article in order: {@code contrib-type="author"} contributors with their
 * names (or {@code collab}), ORCID iDs and affiliations, whether linked by {@code xref} to an
 * {@code aff} element or written inside the contributor.
 */
final class JatsAuthors {
    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");

    private JatsAuthors() {
    }

    static List<Author> of(XmlNode front, XmlNode meta) {
        Map<String, String> affiliations = new HashMap<>();
        for (XmlNode aff : front.descendants("aff")) {
            String text = XmlNode.clean(aff.textExcept(Set.of("label")));
            if (aff.attr("id") != null && text != null) {
                affiliations.put(aff.attr("id"), text);
            }
        }
        List<Author> out = new ArrayList<>();
        for (XmlNode contrib : meta.descendants("contrib")) {
            if (!"author".equals(contrib.attr("contrib-type"))) {
                continue;
            }
            List<String> affs = new ArrayList<>();
            for (XmlNode x : contrib.descendants("xref")) {
                if ("aff".equals(x.attr("ref-type")) && x.attr("rid") != null) {
                    for (String rid : x.attr("rid").split("\\s+")) {
                        if (affiliations.containsKey(rid)) {
                            affs.add(affiliations.get(rid));
                        }
                    }
                }
            }
            for (XmlNode aff : contrib.children("aff")) {
                String text = XmlNode.clean(aff.textExcept(Set.of("label")));
                if (text != null) {
                    affs.add(text);
                }
            }
            String orcid = null;
            for (XmlNode id : contrib.children("contrib-id")) {
                Matcher m = ORCID.matcher(id.text());
                if ("orcid".equalsIgnoreCase(id.attr("contrib-id-type")) && m.find()) {
                    orcid = m.group(1);
                }
            }
            String surname = contrib.textAt("name/surname");
            String given = contrib.textAt("name/given-names");
            String collab = contrib.textAt("collab");
            if (surname != null) {
                String name = given == null ? surname : given + " " + surname;
                out.add(new Author(name, given, surname, orcid, affs));
            } else if (collab != null) {
                out.add(new Author(collab, null, null, orcid, affs));
            }
        }
        return out;
    }

}
