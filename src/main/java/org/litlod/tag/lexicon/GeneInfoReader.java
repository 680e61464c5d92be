package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams NCBI Gene's {@code gene_info} (plain or gzipped; the all-species file or one per
 * species) into gene concepts: GeneID first and the HGNC id from dbXrefs, the full name from
 * the nomenclature authority (else the description) as preferred name, and as names the
 * symbol, the authority's symbol and the synonyms. "-" means empty.
 */
public final class GeneInfoReader {

    private static final int TAX_ID = 0;
    private static final int GENE_ID = 1;
    private static final int SYMBOL = 2;
    private static final int SYNONYMS = 4;
    private static final int DB_XREFS = 5;
    private static final int DESCRIPTION = 8;
    private static final int AUTHORITY_SYMBOL = 10;
    private static final int AUTHORITY_NAME = 11;

    private final Set<String> taxa;

    /** A reader keeping the genes of {@code taxa} ("9606"); an empty set keeps every gene. */
    public GeneInfoReader(Set<String> taxa) {
        this.taxa = Set.copyOf(taxa);
    }

    /** Reads every kept gene of {@code in} into {@code sink}; returns how many were kept. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        int kept = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length <= AUTHORITY_NAME || !(taxa.isEmpty() || taxa.contains(c[TAX_ID]))) {
                continue;
            }
            sink.accept(concept(c));
            kept++;
        }
        return kept;
    }

    private static Concept concept(String[] c) {
        List<Identifier> ids = new ArrayList<>(2);
        ids.add(new Identifier(IdScheme.NCBI_GENE, c[GENE_ID]));
        for (String xref : NameLib.split(c[DB_XREFS], "\\|")) {
            if (xref.startsWith("HGNC:")) {
                Curies.parse(xref.substring(5)).ifPresent(ids::add);
            }
        }
        String preferred = present(c[AUTHORITY_NAME]) ? c[AUTHORITY_NAME] : c[DESCRIPTION];
        Set<String> names = new LinkedHashSet<>();
        names.add(c[SYMBOL]);
        if (present(c[AUTHORITY_SYMBOL])) {
            names.add(c[AUTHORITY_SYMBOL]);
        }
        names.addAll(NameLib.split(c[SYNONYMS], "\\|"));
        if (!present(preferred)) {
            preferred = c[SYMBOL];
        }
        names.remove(preferred);
        return new Concept(EntityType.GENE, ids, preferred, new ArrayList<>(names), c[TAX_ID]);
    }

    private static boolean present(String cell) {
        return cell != null && !cell.isBlank() && !cell.equals("-");
    }
}
