package org.litlod.tag.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * The compiled lexicon index file. Layout: the magic bytes {@code LITLODLX}, a format version
 * (int), then a gzip stream holding the lexicon version string, a table of every distinct
 * string (length-prefixed UTF-8), the concepts (type, identifiers, preferred name, names,
 * taxon as indexes into the table), the cross-links (each linked identifier with all its
 * targets, already symmetric) and the ambiguity flags. Enum values are
 * written by name in a small header so that reordering an enum cannot corrupt old files.
 */
public final class LexiconFile {

    private static final byte[] MAGIC = "LITLODLX".getBytes(StandardCharsets.US_ASCII);
    /** The format version this class writes and reads. */
    public static final int FORMAT = 1;

    private LexiconFile() {
    }

    /** Writes {@code lexicon}; the stream is finished but not closed. */
    public static void write(Lexicon lexicon, OutputStream out) throws IOException {
        out.write(MAGIC);
        new DataOutputStream(out).writeInt(FORMAT);
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        StringTable table = new StringTable();
        Map<Identifier, List<Identifier>> links = new HashMap<>();
        for (Concept c : lexicon.concepts()) {
            table.add(c.preferred());
            table.add(c.taxon());
            c.names().forEach(table::add);
            for (Identifier id : c.ids()) {
                table.add(id.value());
                links.computeIfAbsent(id, lexicon::equivalents);
            }
        }
        if (lexicon instanceof CompiledLexicon compiled) {
            links.putAll(compiled.links());
            compiled.ambiguousNames().keySet().forEach(table::add);
        }
        links = symmetric(links);
        links.forEach((a, bs) -> {
            table.add(a.value());
            bs.forEach(b -> table.add(b.value()));
        });
        data.writeUTF(lexicon.version());
        writeEnum(data, EntityType.values());
        writeEnum(data, IdScheme.values());
        writeEnum(data, Ambiguity.values());
        table.write(data);
        data.writeInt(lexicon.concepts().size());
        for (Concept c : lexicon.concepts()) {
            data.writeByte(c.type().ordinal());
            VarInts.write(data, c.ids().size());
            for (Identifier id : c.ids()) {
                writeId(data, table, id);
            }
            VarInts.write(data, table.indexOrNull(c.preferred()));
            VarInts.write(data, c.names().size());
            for (String n : c.names()) {
                VarInts.write(data, table.index(n));
            }
            VarInts.write(data, table.indexOrNull(c.taxon()));
        }
        data.writeInt(links.size());
        for (Map.Entry<Identifier, List<Identifier>> e : links.entrySet()) {
            writeId(data, table, e.getKey());
            VarInts.write(data, e.getValue().size());
            for (Identifier b : e.getValue()) {
                writeId(data, table, b);
            }
        }
        Map<String, Set<Ambiguity>> flags = new TreeMap<>(lexicon instanceof CompiledLexicon compiled
                ? compiled.ambiguousNames() : Map.of());
        data.writeInt(flags.size());
        for (Map.Entry<String, Set<Ambiguity>> e : flags.entrySet()) {
            VarInts.write(data, table.index(e.getKey()));
            int mask = 0;
            for (Ambiguity a : e.getValue()) {
                mask |= 1 << a.ordinal();
            }
            data.writeByte(mask);
        }
        data.flush();
        gzip.finish();
        out.flush();
    }

    /** Reads a lexicon written by {@link #write}. */
    public static CompiledLexicon read(InputStream file) throws IOException {
        DigestInputStream in = new DigestInputStream(file, SourceDigest.sha256());
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a litlod lexicon file (bad magic)");
        }
        int format = new DataInputStream(in).readInt();
        if (format != FORMAT) {
            throw new IOException("lexicon file format " + format + ", this litlod reads " + FORMAT);
        }
        ByteCursor data;
        try (GZIPInputStream gzip = new GZIPInputStream(in, 1 << 16)) {
            data = new ByteCursor(gzip.readAllBytes());
            in.transferTo(OutputStream.nullOutputStream());
        }
        String digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
        String version = data.readUTF();
        EntityType[] types = readEnum(data, EntityType.class);
        IdScheme[] schemes = readEnum(data, IdScheme.class);
        Ambiguity[] reasons = readEnum(data, Ambiguity.class);
        String[] strings = StringTable.read(data);
        IdReader ids = new IdReader(schemes, strings);
        int count = data.readInt();
        List<Concept> concepts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntityType type = types[data.readByte()];
            Identifier[] conceptIds = new Identifier[data.readVarInt()];
            for (int j = 0; j < conceptIds.length; j++) {
                conceptIds[j] = ids.read(data);
            }
            String preferred = orNull(strings, data.readVarInt());
            String[] names = new String[data.readVarInt()];
            for (int j = 0; j < names.length; j++) {
                names[j] = strings[data.readVarInt()];
            }
            String taxon = orNull(strings, data.readVarInt());
            concepts.add(new Concept(type, List.of(conceptIds), preferred, List.of(names), taxon));
        }
        int linked = data.readInt();
        Map<Identifier, List<Identifier>> links = new HashMap<>(linked * 2);
        for (int i = 0; i < linked; i++) {
            Identifier a = ids.read(data);
            Identifier[] targets = new Identifier[data.readVarInt()];
            for (int j = 0; j < targets.length; j++) {
                targets[j] = ids.read(data);
            }
            links.put(a, List.of(targets));
        }
        int flagged = data.readInt();
        Map<String, Set<Ambiguity>> flags = new HashMap<>(flagged * 2);
        for (int i = 0; i < flagged; i++) {
            String name = strings[data.readVarInt()];
            int mask = data.readUnsignedByte();
            EnumSet<Ambiguity> set = EnumSet.noneOf(Ambiguity.class);
            for (int bit = 0; bit < reasons.length; bit++) {
                if ((mask & (1 << bit)) != 0 && reasons[bit] != null) {
                    set.add(reasons[bit]);
                }
            }
            flags.put(name, Collections.unmodifiableSet(set));
        }
        return CompiledLexicon.trusted(version, concepts, links, flags, digest);
    }

    private static Map<Identifier, List<Identifier>> symmetric(Map<Identifier, List<Identifier>> links) {
        Comparator<Identifier> order = Comparator.comparing(Identifier::toString);
        Map<Identifier, Set<Identifier>> both = new TreeMap<>(order);
        links.forEach((a, bs) -> {
            for (Identifier b : bs) {
                if (!a.equals(b)) {
                    both.computeIfAbsent(a, k -> new java.util.TreeSet<>(order)).add(b);
                    both.computeIfAbsent(b, k -> new java.util.TreeSet<>(order)).add(a);
                }
            }
        });
        Map<Identifier, List<Identifier>> out = new LinkedHashMap<>();
        both.forEach((a, bs) -> out.put(a, List.copyOf(bs)));
        return out;
    }

    private static void writeId(DataOutputStream data, StringTable table, Identifier id)
            throws IOException {
        data.writeByte(id.scheme().ordinal());
        VarInts.write(data, table.index(id.value()));
    }

    /** Reads identifiers, sharing one instance per table string and scheme. */
    private static final class IdReader {
        private final IdScheme[] schemes;
        private final String[] strings;
        private final Identifier[] last;

        IdReader(IdScheme[] schemes, String[] strings) {
            this.schemes = schemes;
            this.strings = strings;
            this.last = new Identifier[strings.length];
        }

        Identifier read(ByteCursor data) throws IOException {
            IdScheme scheme = schemes[data.readByte()];
            int index = data.readVarInt();
            Identifier id = last[index];
            if (id != null && id.scheme() == scheme) {
                return id;
            }
            if (scheme == null) {
                throw new IOException("identifier scheme unknown to this litlod: " + strings[index]);
            }
            id = new Identifier(scheme, strings[index]);
            last[index] = id;
            return id;
        }
    }

    private static String orNull(String[] strings, int indexPlusOne) {
        return indexPlusOne == 0 ? null : strings[indexPlusOne - 1];
    }

    private static void writeEnum(DataOutputStream data, Enum<?>[] values) throws IOException {
        data.writeByte(values.length);
        for (Enum<?> v : values) {
            data.writeUTF(v.name());
        }
    }

    private static <E extends Enum<E>> E[] readEnum(ByteCursor data, Class<E> type)
            throws IOException {
        int n = data.readUnsignedByte();
        @SuppressWarnings("unchecked")
        E[] out = (E[]) java.lang.reflect.Array.newInstance(type, n);
        for (int i = 0; i < n; i++) {
            String name = data.readUTF();
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    out[i] = e;
                }
            }
        }
        return out;
    }
}
