package org.litlod.convert.pubmed;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.StreamedInput;

/**
 * Not a unit test: a measurement. Writes a PubMed baseline-sized file (default 30,000 articles,
 * about 200 MB) by repeating the real fixture articles with fresh PMIDs, then streams it through
 * the registry and prints the time, the article count and the peak heap. Run with a small heap:
 * <pre>java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) \
 *   org.litlod.convert.pubmed.PubMedBaselineMeasure /tmp/pubmed-baseline.xml 30000 ../shared</pre>
 */
public final class PubMedBaselineMeasure {
    private static final String[] PATTERN_FILES = {"pmid_151222.xml", "pmid_31511694.xml", "pmid_29440426.xml", "pmid_38289659.xml"};
    private static final int[] PATTERN_COUNTS = {80, 17, 2, 1};

    private PubMedBaselineMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/pubmed-baseline.xml");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        Path shared = Path.of(args.length > 2 ? args[2] : "../shared", "fixtures", "literature", "pubmed-xml");
        if (!Files.exists(out)) {
            generate(shared, out, articles);
        }
        System.out.printf("file %s: %.1f MB%n", out, Files.size(out) / 1e6);
        String sha = sha256(out);
        long t0 = System.nanoTime();
        AtomicLong count = new AtomicLong();
        AtomicLong mentionsAndEntities = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(out), 1 << 16)) {
            ConverterRegistry.standard().stream(new StreamedInput(out.getFileName().toString(), sha, in), d -> {
                count.incrementAndGet();
                mentionsAndEntities.addAndGet(d.entities().size() + d.references().size());
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("articles %d (entities+references %d) in %.1f s; max heap %d MB; peak heap used %.1f MB%n",
                count.get(), mentionsAndEntities.get(), seconds, Runtime.getRuntime().maxMemory() >> 20, peak / 1e6);
    }

    private static void generate(Path shared, Path out, int articles) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String f : PATTERN_FILES) {
            String xml = Files.readString(shared.resolve(f), StandardCharsets.UTF_8);
            bodies.add(xml.substring(xml.indexOf("<PubmedArticle>"), xml.lastIndexOf("</PubmedArticle>") + 16));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n");
            int n = 0;
            while (n < articles) {
                for (int k = 0; k < PATTERN_FILES.length && n < articles; k++) {
                    for (int i = 0; i < PATTERN_COUNTS[k] && n < articles; i++, n++) {
                        String pmid = String.valueOf(50_000_000 + n);
                        w.write(bodies.get(k).replaceFirst("<PMID Version=\"1\">\\d+</PMID>", "<PMID Version=\"1\">" + pmid + "</PMID>")
                                .replaceFirst("<ArticleTitle>", "<ArticleTitle>[" + n + "] "));
                        w.write('\n');
                    }
                }
            }
            w.write("</PubmedArticleSet>\n");
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
