package org.litlod.tag.dict;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;

/**
 * The entries of a {@link DictionaryFile} in their stored form, each decoded the first time it
 * is asked for and kept. A tagger asks for the entries of the keys its texts match, a small
 * share of a large dictionary's, so a dictionary read back is ready once its bytes are read,
 * and holds objects only for the entries in use.
 *
 * <p>An entry is stored as: its target (twice the place of the lexicon concept it was built
 * from, plus one when built with the equivalents of the concept's identifiers, or minus one
 * minus the number of a target written out); its flags; its word boundaries; the place of its
 * name among the target's names, or the name written out; and its cased key, when that is
 * another string. Numbers are big-endian, strings their UTF-8 length and bytes.
 *
 * <p>Thread-safe: two threads asking for the same entry, or for two entries of one target, at
 * once may both decode it, and both are given the one kept first, so entries of one target
 * share it as they do in the compiled dictionary.
 */
final class StoredEntries extends AbstractList<DictionaryEntry> implements RandomAccess {
    /** The fewest bytes an entry takes: target, flags, boundaries and the place of its name. */
    static final int LEAST_BYTES = 4 + 1 + 8 + 4;

    private static final int CASE_SENSITIVE = 1;
    private static final int PRIMARY = 2;
    private static final int NAME_WRITTEN = 4;
    private static final int CASED_NONE = 8;
    private static final int CASED_NAME = 16;

    private final byte[] bytes;
    private final int[] offsets;
    private final Targets targets;
    private final AtomicReferenceArray<DictionaryEntry> decoded;

    /**
     * @param bytes   the stored entries, one after the other
     * @param offsets where each entry starts in {@code bytes}, and last where they end;
     *                checked by {@link #checkOffsets}
     * @param lexicon the lexicon the concepts of entries' targets are places of
     * @param written the targets written out
     */
    StoredEntries(byte[] bytes, int[] offsets, Lexicon lexicon, Target[] written) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.targets = new Targets(lexicon, written);
        this.decoded = new AtomicReferenceArray<>(offsets.length - 1);
    }

    /**
     * Checks that {@code offsets} divide {@code length} bytes into entries: they start at 0, end
     * at {@code length}, and each entry has at least {@link #LEAST_BYTES}.
     *
     * @throws IllegalArgumentException naming the first entry that does not fit
     */
    static void checkOffsets(int[] offsets, int length) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != length) {
            throw new IllegalArgumentException("the entries' places do not span their " + length + " bytes");
        }
        for (int k = 0; k + 1 < offsets.length; k++) {
            if (offsets[k + 1] - offsets[k] < LEAST_BYTES) {
                throw new IllegalArgumentException("entry " + k + " has " + (offsets[k + 1] - offsets[k])
                        + " bytes, fewer than any entry takes");
            }
        }
    }

    @Override
    public DictionaryEntry get(int k) {
        DictionaryEntry e = decoded.get(k);
        if (e == null) {
            e = decode(offsets[k]);
            DictionaryEntry kept = decoded.compareAndExchange(k, null, e);
            if (kept != null) {
                e = kept;
            }
        }
        return e;
    }

    @Override
    public int size() {
        return offsets.length - 1;
    }

    /** How many entries have been decoded so far (tests). */
    int decodedCount() {
        int n = 0;
        for (int k = 0; k < decoded.length(); k++) {
            if (decoded.get(k) != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where each of {@code entries} starts when they are stored one after the other, and last
     * where they end; {@code refs} gives how each refers to its target.
     */
    static int[] offsets(List<DictionaryEntry> entries, int[] refs) {
        int[] offsets = new int[entries.size() + 1];
        Encoder encoder = new Encoder();
        for (int i = 0; i < entries.size(); i++) {
            offsets[i + 1] = Math.addExact(offsets[i], encoder.encode(entries.get(i), refs[i]).length);
        }
        return offsets;
    }

    /** Encodes entries one at a time through one buffer. */
    static final class Encoder {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(buffer);

        /** The stored form of {@code e}, which refers to its target by {@code ref}. */
        byte[] encode(DictionaryEntry e, int ref) {
            buffer.reset();
            int place = e.target().names().indexOf(e.name());
            int flags = (e.caseSensitive() ? CASE_SENSITIVE : 0) | (e.primary() ? PRIMARY : 0)
                    | (place < 0 ? NAME_WRITTEN : 0)
                    | (e.casedKey() == null ? CASED_NONE : e.casedKey().equals(e.name()) ? CASED_NAME : 0);
            try {
                out.writeInt(ref);
                out.writeByte(flags);
                out.writeLong(e.boundaries());
                if (place < 0) {
                    string(e.name());
                } else {
                    out.writeInt(place);
                }
                if ((flags & (CASED_NONE | CASED_NAME)) == 0) {
                    string(e.casedKey());
                }
                out.flush();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return buffer.toByteArray();
        }

        private void string(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private DictionaryEntry decode(int at) {
        Target target = targets.get(intAt(at));
        int flags = bytes[at + 4];
        long boundaries = longAt(at + 5);
        int p = at + 13;
        String name;
        if ((flags & NAME_WRITTEN) != 0) {
            name = stringAt(p);
            p += 4 + intAt(p);
        } else {
            name = target.names().get(intAt(p));
            p += 4;
        }
        String cased = (flags & CASED_NONE) != 0 ? null : (flags & CASED_NAME) != 0 ? name : stringAt(p);
        return new DictionaryEntry(target, name, cased, (flags & CASE_SENSITIVE) != 0, (flags & PRIMARY) != 0,
                boundaries);
    }

    private int intAt(int p) {
        return (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8 | bytes[p + 3] & 0xff;
    }

    private long longAt(int p) {
        return (long) intAt(p) << 32 | intAt(p + 4) & 0xffffffffL;
    }

    private String stringAt(int p) {
        return new String(bytes, p + 4, intAt(p), StandardCharsets.UTF_8);
    }

    /** The targets entries refer to: those of concepts, built on first reference and then shared, and those written out. */
    private static final class Targets {
        private final Lexicon lexicon;
        private final List<Concept> concepts;
        private final AtomicReferenceArray<Target> ofConcepts;
        private final Target[] written;

        Targets(Lexicon lexicon, Target[] written) {
            this.lexicon = lexicon;
            this.concepts = lexicon.concepts();
            this.ofConcepts = new AtomicReferenceArray<>(concepts.size());
            this.written = written;
        }

        Target get(int ref) {
            if (ref < 0) {
                return written[-1 - ref];
            }
            int place = ref >>> 1;
            Target t = ofConcepts.get(place);
            if (t == null) {
                Concept c = concepts.get(place);
                t = (ref & 1) == 0 ? DictionaryCompiler.unlinkedTargetOf(c) : DictionaryCompiler.targetOf(c, lexicon);
                Target kept = ofConcepts.compareAndExchange(place, null, t);
                if (kept != null) {
                    t = kept;
                }
            }
            return t;
        }
    }
}
