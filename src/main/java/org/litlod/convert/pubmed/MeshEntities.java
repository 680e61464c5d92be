package org.litlod.convert.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.XmlNode;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;

/**
 * The MeSH indexing of a PubMed article as listed entities. A heading is listed under
 * {@value #HEADING} with its descriptor UI as MeSH identifier and no entity type (MeSH headings
 * span every type). Its qualifiers and major-topic flags are kept in {@code fullName} in the form
 * NLM displays them, an asterisk marking a major topic: "DNA Damage/genetics*", "Humans*".
 * Chemicals of the chemical list are {@link EntityType#CHEMICAL}, with their MeSH UI and their
 * CAS registry number when they have one.
 */
public final class MeshEntities {
    /** The category of a MeSH heading. */
    public static final String HEADING = "MeSH heading";
    /** The list MeSH headings come from. */
    public static final String HEADINGS = "MeSH headings";
    /** The category of an entry of the chemical list. */
    public static final String CHEMICAL = "Chemical";
    /** The list chemicals come from. */
    public static final String CHEMICALS = "Chemicals";

    private MeshEntities() {
    }

    /** Whether a heading listed by this converter is a major topic (of itself or a qualifier). */
    public static boolean isMajorTopic(ListedEntity heading) {
        return heading.fullName() != null && heading.fullName().contains("*");
    }

    static List<ListedEntity> headings(XmlNode list) {
        List<ListedEntity> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (XmlNode h : list.children("MeshHeading")) {
            XmlNode descriptor = h.child("DescriptorName");
            String name = descriptor == null ? null : descriptor.cleanText();
            if (name == null) {
                continue;
            }
            StringBuilder display = new StringBuilder(name);
            if ("Y".equals(descriptor.attr("MajorTopicYN"))) {
                display.append('*');
            }
            for (XmlNode q : h.children("QualifierName")) {
                String qualifier = q.cleanText();
                if (qualifier != null) {
                    display.append('/').append(qualifier);
                    if ("Y".equals(q.attr("MajorTopicYN"))) {
                        display.append('*');
                    }
                }
            }
            boolean plain = display.toString().equals(name);
            out.add(new ListedEntity(null, HEADING, HEADINGS, name, plain ? null : display.toString(),
                    meshId(descriptor.attr("UI")), List.of()));
        }
        return out;
    }

    static List<ListedEntity> chemicals(XmlNode list) {
        List<ListedEntity> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (XmlNode c : list.children("Chemical")) {
            XmlNode substance = c.child("NameOfSubstance");
            String name = substance == null ? null : substance.cleanText();
            if (name == null) {
                continue;
            }
            List<Identifier> ids = new ArrayList<>(meshId(substance.attr("UI")));
            String registry = c.textAt("RegistryNumber");
            if (registry != null && registry.matches("\\d{2,7}-\\d{2}-\\d") && casValid(registry)) {
                ids.add(new Identifier(IdScheme.CAS, registry));
            }
            out.add(new ListedEntity(EntityType.CHEMICAL, CHEMICAL, CHEMICALS, name, null, ids, List.of()));
        }
        return out;
    }

    private static List<Identifier> meshId(String ui) {
        return ui != null && ui.matches("[DC]\\d{6,9}") ? List.of(new Identifier(IdScheme.MESH, ui)) : List.of();
    }

    /** The CAS check digit: the weighted sum of the other digits, counted from the right, mod 10. */
    private static boolean casValid(String cas) {
        String digits = cas.replace("-", "");
        int sum = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            sum += (digits.length() - 1 - i) * (digits.charAt(i) - '0');
        }
        return sum % 10 == digits.charAt(digits.length() - 1) - '0';
    }
}
