package org.litlod.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.litlod.corpus.CorpusGenerator;

/** Input folders for the tests, made from the repository's seeds and the core's corpus generator. */
final class TestCorpus {
    /** The repository root (surefire passes it; the module's parent folder otherwise). */
    static final Path ROOT = Path.of(System.getProperty("litlod.root", "..")).toAbsolutePath().normalize();
    /** The three seed documents. */
    static final Path SEEDS = ROOT.resolve("seeds");
    /** The documents the example queries need besides the seeds. */
    static final Path EXAMPLES = ROOT.resolve("ontology/queries/corpus");
    /** A file no converter accepts. */
    static final String BROKEN = "zz-broken.txt";

    private TestCorpus() {
    }

    /** Copies the files of {@code from} into {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /**
     * The seeds, 30 generated PubMed articles in one file, 8 generated BioC XML documents in
     * another and {@value #BROKEN}, in {@code dir}: 41 documents in 6 files, one of which fails.
     */
    static Path mixed(Path dir) throws IOException {
        copy(SEEDS, dir);
        CorpusGenerator.write(dir.resolve("pubmed"), "pubmed", 30, 5L);
        CorpusGenerator.write(dir.resolve("bioc"), "bioc-xml", 8, 6L);
        Files.writeString(dir.resolve(BROKEN), "not any format litlod knows\n");
        return dir;
    }

    /**
     * One PubMed file of {@code n} generated articles whose second title holds the word REJECT
     * (which {@link RejectingPipeline} refuses).
     */
    static Path oneRejected(Path dir, int n) throws IOException {
        Path file = CorpusGenerator.write(dir, "pubmed", n, 7L).get(0);
        String xml = Files.readString(file);
        int second = xml.indexOf("<ArticleTitle>", xml.indexOf("<ArticleTitle>") + 1) + "<ArticleTitle>".length();
        Files.writeString(file, xml.substring(0, second) + "REJECT " + xml.substring(second));
        return dir;
    }
}
