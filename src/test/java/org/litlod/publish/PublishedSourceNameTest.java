package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;
import org.litlod.vocab.LITLOD;

/** The source file is published under its name relative to the input folder, with its SHA-256; never its path. */
class PublishedSourceNameTest {
    private static final Path SUMMARY = SeedCorpus.SEEDS.resolve("000_93911e03ce8ac8a2.txt");
    private static final Path PORTAL = SeedCorpus.SEEDS.resolve("001_f539eeda5b84100b.txt");
    private static final Path WEB = SeedCorpus.SEEDS.resolve("002_ded442ce58b4f461.txt");

    @Test
    void aFolderGivenByItsAbsolutePathPublishesNamesRelativeToIt(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("operator-home/corpus").toAbsolutePath();
        Files.createDirectories(in.resolve("2024/june"));
        Files.copy(SUMMARY, in.resolve("2024/june/summary.txt"));
        Files.copy(PORTAL, in.resolve("portal.txt"));
        Path direct = dir.resolve("elsewhere/web.txt").toAbsolutePath();
        Files.createDirectories(direct.getParent());
        Files.copy(WEB, direct);
        PaperStore store = PaperStore.open(dir.resolve("db"));

        LoadReport r = Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(in, direct), false);

        assertTrue(r.ok(), r.toString());
        assertEquals(Set.of("2024/june/summary.txt", "portal.txt", "web.txt"), sourceLabels(store));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(WEB)));
        assertTrue(store.contains(Node.ANY, NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue"),
                NodeFactory.createLiteralString(sha)), "the checksum is published");
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        DatasetDump.write(store, DumpFormat.TRIG, dump);
        String nq = dump.toString(StandardCharsets.UTF_8);
        assertFalse(nq.contains(dir.toAbsolutePath().toString()), "no local path in the dump");
        assertFalse(nq.contains("operator-home"), "no folder above the input folder in the dump");
        // messages still name the file as given, for the operator
        assertTrue(r.files().stream().anyMatch(f -> f.file().equals(direct.toString())), r.toString());
    }

    @Test
    void reloadingTheFolderFromAnotherPlaceReplacesTheSameFilesGraphs(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a/in");
        Files.createDirectories(a);
        Files.copy(WEB, a.resolve("web.txt"));
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(a), false);
        Path b = dir.resolve("b/in");
        Files.createDirectories(b);
        Files.writeString(b.resolve("web.txt"), Files.readString(WEB, StandardCharsets.UTF_8)
                .replaceFirst("Crizotinib: clinical activity", "Crizotinib: clinical efficacy"));

        LoadReport r = Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(b.toAbsolutePath()), false);

        assertTrue(r.ok(), r.toString());
        assertEquals(r.files().get(0).graphs(), store.graphs(), "the same file's old graph is gone");
    }

    private static Set<String> sourceLabels(PaperStore store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find(Node.ANY, Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(), LITLOD.SourceFile.asNode()).forEachRemaining(q ->
                store.datasetGraph().find(Node.ANY, q.getSubject(), RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(l -> out.add(l.getObject().getLiteralLexicalForm()))));
        return out;
    }
}
