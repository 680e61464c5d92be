package org.litlod.tag.dict;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.match.KeyTrie;

/**
 * A compiled {@link Dictionary} kept in a file, so that a process can take it back in a fraction
 * of the time compiling takes. A file belongs to the lexicon it was compiled from: it starts
 * with the key it was written under (what it was compiled from, {@link DictionaryCache}), is
 * read back only under the same key and with a lexicon of as many concepts, and refers to that
 * lexicon rather than copying it. An entry refers to its target by the place of the lexicon
 * concept it was built from (and whether that concept's identifiers have equivalents), and a
 * name that is one of its target's names by its place among them ({@link StoredEntries}); the
 * entries are decoded when first used, so the dictionary read back shares the lexicon's strings
 * and identifiers as the compiled one does, holds objects only for the entries a tagger uses,
 * and writing it needs no table of all targets. The few targets no concept gives back (the
 * species' common words) are written out once each.
 *
 * <p>Layout, all numbers big-endian, every array preceded by its length: magic and format;
 * the 32-byte key; the number of the lexicon's concepts; the targets written out (type,
 * identifiers, names); where each stored entry starts, and where the last ends; the stored
 * entries' bytes; the first entry of each key; the trie's arrays ({@link KeyTrie.Layout}); the
 * CRC-32 of all that, as a long; magic again. A file whose checksum does not match is refused
 * before anything in it is used.
 */
final class DictionaryFile {
    private static final long MAGIC = 0x4c49544c4f444443L; // "LITLODDC"
    private static final int FORMAT = 3;
    /** Bytes in the key a file is written under. */
    static final int KEY_BYTES = 32;

    private DictionaryFile() {
    }

    /** Writes {@code d}, compiled from {@code lexicon}, to {@code file} (replacing it) under {@code key}. */
    static void write(Dictionary d, Lexicon lexicon, byte[] key, Path file) throws IOException {
        checkKey(key);
        List<DictionaryEntry> entries = d.entries();
        int[] refs = new int[entries.size()];
        Map<Target, Integer> written = new IdentityHashMap<>();
        List<Target> writtenTargets = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Target t = entries.get(i).target();
            Integer number = written.get(t);
            Integer ref = number != null ? null : conceptRef(t, lexicon);
            if (number == null && ref == null) {
                number = writtenTargets.size();
                written.put(t, number);
                writtenTargets.add(t);
            }
            refs[i] = ref != null ? ref : -1 - number;
        }
        int[] offsets = StoredEntries.offsets(entries, refs);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Out out = new Out(ch);
            out.longValue(MAGIC);
            out.intValue(FORMAT);
            out.bytes(key);
            out.intValue(lexicon.concepts().size());
            out.intValue(writtenTargets.size());
            for (Target t : writtenTargets) {
                writeTarget(out, t);
            }
            out.ints(offsets);
            out.intValue(offsets[entries.size()]);
            StoredEntries.Encoder encoder = new StoredEntries.Encoder();
            for (int i = 0; i < entries.size(); i++) {
                out.bytes(encoder.encode(entries.get(i), refs[i]));
            }
            out.ints(d.firstEntry());
            KeyTrie.Layout l = d.trie().layout();
            out.ints(l.root());
            out.ints(l.nodes());
            out.chars(l.label());
            out.chars(l.tails());
            out.longs(l.terminal());
            out.ints(l.rankBefore());
            out.ints(l.keyAt());
            out.flush();
            out.longValue(out.checksum());
            out.longValue(MAGIC);
            out.flush();
        }
    }

    /**
     * The dictionary in {@code file}, written under {@code key} from {@code lexicon}.
     *
     * @throws IOException when the file cannot be read, was written under another key or in
     *                     another format, or does not hold a whole dictionary of this lexicon
     */
    static Dictionary read(Path file, byte[] key, Lexicon lexicon) throws IOException {
        checkKey(key);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.BIG_ENDIAN);
            if (in.remaining() < 28 + KEY_BYTES || in.getLong() != MAGIC || in.getInt() != FORMAT) {
                throw new IOException(file + " is not a compiled dictionary of this format");
            }
            int end = in.limit() - 16;
            CRC32 crc = new CRC32();
            crc.update(in.duplicate().position(0).limit(end));
            if (in.getLong(end) != crc.getValue() || in.getLong(end + 8) != MAGIC) {
                throw new IOException(file + " is damaged (its checksum does not match its contents)");
            }
            in.limit(end);
            byte[] writtenKey = new byte[KEY_BYTES];
            in.get(writtenKey);
            if (!Arrays.equals(writtenKey, key)) {
                throw new IOException(file + " was compiled from something else");
            }
            int concepts = in.getInt();
            if (concepts != lexicon.concepts().size()) {
                throw new IOException(file + " does not hold a whole compiled dictionary of this lexicon: it refers to "
                        + concepts + " concepts, and the lexicon has " + lexicon.concepts().size());
            }
            Strings strings = new Strings();
            Target[] writtenTargets = new Target[length(in, 9)];
            for (int i = 0; i < writtenTargets.length; i++) {
                writtenTargets[i] = readTarget(in, strings);
            }
            int[] offsets = ints(in);
            byte[] stored = new byte[length(in, 1)];
            in.get(stored);
            StoredEntries.checkOffsets(offsets, stored.length);
            int[] firstEntry = ints(in);
            KeyTrie trie = KeyTrie.of(new KeyTrie.Layout(ints(in), ints(in), chars(in), chars(in), longs(in),
                    ints(in), ints(in)));
            if (in.hasRemaining()) {
                throw new IOException(file + " does not end where a compiled dictionary ends");
            }
            return new Dictionary(trie, firstEntry, new StoredEntries(stored, offsets, lexicon, writtenTargets));
        } catch (RuntimeException e) {
            throw new IOException(file + " does not hold a whole compiled dictionary of this lexicon: " + e, e);
        }
    }

    private static void checkKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a dictionary file's key has " + KEY_BYTES + " bytes, not " + key.length);
        }
    }

    /**
     * How an entry refers to a target that rebuilding from a lexicon concept gives back: the
     * concept's place, twice and plus one when its identifiers have equivalents (it is rebuilt
     * with them); null for a target that is no concept's.
     */
    private static Integer conceptRef(Target t, Lexicon lexicon) {
        if (t.ids().isEmpty()) {
            return null;
        }
        OptionalInt place = lexicon.position(t.primary());
        if (place.isEmpty()) {
            return null;
        }
        Concept c = lexicon.concepts().get(place.getAsInt());
        if (DictionaryCompiler.unlinkedTargetOf(c).equals(t)) {
            return 2 * place.getAsInt();
        }
        return DictionaryCompiler.targetOf(c, lexicon).equals(t) ? 2 * place.getAsInt() + 1 : null;
    }

    private static void writeTarget(Out out, Target t) throws IOException {
        out.byteValue(t.type().ordinal());
        out.intValue(t.ids().size());
        for (Identifier id : t.ids()) {
            writeIdentifier(out, id);
        }
        out.intValue(t.names().size());
        for (String n : t.names()) {
            out.string(n);
        }
    }

    private static Target readTarget(ByteBuffer in, Strings strings) {
        EntityType type = EntityType.values()[in.get()];
        Identifier[] ids = new Identifier[length(in, 5)];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = readIdentifier(in, strings);
        }
        String[] names = new String[length(in, 4)];
        for (int k = 0; k < names.length; k++) {
            names[k] = strings.read(in);
        }
        return new Target(type, List.of(ids), List.of(names));
    }

    private static void writeIdentifier(Out out, Identifier id) throws IOException {
        out.byteValue(id.scheme().ordinal());
        out.string(id.value());
    }

    private static Identifier readIdentifier(ByteBuffer in, Strings strings) {
        IdScheme scheme = IdScheme.values()[in.get()];
        return new Identifier(scheme, strings.read(in));
    }

    /** The length of the array that follows, checked against what the file has left (a damaged length allocates nothing). */
    private static int length(ByteBuffer in, int bytesEach) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / bytesEach) {
            throw new IllegalArgumentException("a length of " + n + " at byte " + (in.position() - 4)
                    + " goes past the end of the file");
        }
        return n;
    }

    private static int[] ints(ByteBuffer in) {
        return array(in, 4, int[]::new, (view, a) -> view.asIntBuffer().get(a));
    }

    private static char[] chars(ByteBuffer in) {
        return array(in, 2, char[]::new, (view, a) -> view.asCharBuffer().get(a));
    }

    private static long[] longs(ByteBuffer in) {
        return array(in, 8, long[]::new, (view, a) -> view.asLongBuffer().get(a));
    }

    /** Reads an array's length, then its elements of {@code width} bytes, into a new array of that length. */
    private static <A> A array(ByteBuffer in, int width, IntFunction<A> make, BiConsumer<ByteBuffer, A> fill) {
        int n = length(in, width);
        A a = make.apply(n);
        fill.accept(in, a);
        in.position(in.position() + width * n);
        return a;
    }

    /** Decodes strings written as their length and UTF-8 bytes, through one reused buffer. */
    private static final class Strings {
        private byte[] utf8 = new byte[256];

        String read(ByteBuffer in) {
            int n = length(in, 1);
            if (n > utf8.length) {
                utf8 = new byte[Math.max(n, 2 * utf8.length)];
            }
            in.get(utf8, 0, n);
            return new String(utf8, 0, n, StandardCharsets.UTF_8);
        }
    }

    /** Puts elements {@code [from, from + n)} of an array at the buffer's position (without moving it). */
    private interface Chunk {
        void put(ByteBuffer buf, int from, int n);
    }

    /** Writes numbers, strings and arrays to a channel through one buffer, keeping a CRC-32 of what it wrote. */
    private static final class Out {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        private final CRC32 crc = new CRC32();

        Out(FileChannel ch) {
            this.ch = ch;
        }

        void byteValue(int v) throws IOException {
            room(1);
            buf.put((byte) v);
        }

        void intValue(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        void longValue(long v) throws IOException {
            room(8);
            buf.putLong(v);
        }

        void string(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            intValue(utf8.length);
            bytes(utf8);
        }

        void bytes(byte[] a) throws IOException {
            int i = 0;
            while (i < a.length) {
                room(1);
                int n = Math.min(buf.remaining(), a.length - i);
                buf.put(a, i, n);
                i += n;
            }
        }

        void ints(int[] a) throws IOException {
            array(a.length, 4, (b, from, n) -> b.asIntBuffer().put(a, from, n));
        }

        void chars(char[] a) throws IOException {
            array(a.length, 2, (b, from, n) -> b.asCharBuffer().put(a, from, n));
        }

        void longs(long[] a) throws IOException {
            array(a.length, 8, (b, from, n) -> b.asLongBuffer().put(a, from, n));
        }

        /** Writes an array's length, then its elements of {@code width} bytes, as many at a time as the buffer holds. */
        private void array(int length, int width, Chunk chunk) throws IOException {
            intValue(length);
            for (int i = 0; i < length; ) {
                room(width);
                int n = Math.min(buf.remaining() / width, length - i);
                chunk.put(buf, i, n);
                buf.position(buf.position() + width * n);
                i += n;
            }
        }

        private void room(int bytes) throws IOException {
            if (buf.remaining() < bytes) {
                flush();
            }
        }

        /** The CRC-32 of everything flushed so far. */
        long checksum() {
            return crc.getValue();
        }

        void flush() throws IOException {
            buf.flip();
            crc.update(buf.array(), 0, buf.limit());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }
    }
}
