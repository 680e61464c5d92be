package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams MONDO in OBO format ({@code mondo.obo}), one {@code [Term]} stanza at a time, into
 * {@link MondoTerm}s. Terms marked {@code is_obsolete: true} and terms outside MONDO (imported
 * classes) are skipped.
 */
public final class MondoOboReader {

    /** Reads every current MONDO term of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<MondoTerm> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        Stanza stanza = null;
        int count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("[")) {
                count += emit(stanza, sink);
                stanza = line.trim().equals("[Term]") ? new Stanza() : null;
                continue;
            }
            if (stanza == null) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                continue;
            }
            String tag = line.substring(0, colon);
            String value = line.substring(colon + 2).trim();
            switch (tag) {
                case "id" -> stanza.id = value;
                case "name" -> stanza.name = value;
                case "is_obsolete" -> stanza.obsolete = value.startsWith("true");
                case "xref" -> stanza.xrefs.add(value.split("[ {]", 2)[0]);
                case "synonym" -> synonym(value).ifPresent(stanza.synonyms::add);
                default -> { }
            }
        }
        count += emit(stanza, sink);
        return count;
    }

    private static int emit(Stanza s, Consumer<MondoTerm> sink) {
        if (s == null || s.obsolete || s.id == null || s.name == null) {
            return 0;
        }
        Optional<Identifier> id = Curies.parse(s.id);
        if (id.isEmpty() || id.get().scheme() != IdScheme.MONDO) {
            return 0;
        }
        sink.accept(new MondoTerm(id.get(), s.name, s.synonyms, s.xrefs));
        return 1;
    }

    /** {@code "text" SCOPE [TYPE] [xrefs]}, with {@code \"} escapes in the text. */
    static Optional<MondoTerm.Synonym> synonym(String value) {
        if (!value.startsWith("\"")) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        int i = 1;
        for (; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                text.append(value.charAt(++i));
            } else if (ch == '"') {
                break;
            } else {
                text.append(ch);
            }
        }
        String rest = value.substring(Math.min(i + 1, value.length())).trim();
        String scope = rest.split("\\s+", 2)[0];
        try {
            return Optional.of(new MondoTerm.Synonym(text.toString(), MondoTerm.Scope.valueOf(scope)));
        } catch (IllegalArgumentException e) {
            return Optional.of(new MondoTerm.Synonym(text.toString(), MondoTerm.Scope.RELATED));
        }
    }

    private static final class Stanza {
        String id;
        String name;
        boolean obsolete;
        final List<MondoTerm.Synonym> synonyms = new ArrayList<>();
        final List<String> xrefs = new ArrayList<>();
    }
}
