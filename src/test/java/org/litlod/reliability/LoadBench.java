package org.litlod.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.litlod.convert.SourceText;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Publisher;
import org.litlod.publish.SeedCorpus;
import org.litlod.server.PaperServer;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;
import org.litlod.store.PaperStore;

/**
 * Load benchmark, not a unit test: serves the seeds on loopback and runs K concurrent clients for
 * a bounded time, each sending a mix of the example queries and linked-data requests (a paper
 * IRI answering 303, its HTML page, its Turtle data), while a background thread loads a new
 * document every second. Writes throughput, p50/p99 latency and errors per request kind as
 * Markdown. Run by {@code bench/load/run.sh}; arguments: {@code [clients] [seconds] [out.md]}.
 */
public final class LoadBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Latencies and failures of one request kind. */
    static final class Kind {
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger timeouts = new AtomicInteger();
        final Map<String, Integer> firstErrors = new ConcurrentHashMap<>();
    }

    /** One request a client can send: its kind, path and what it must answer. */
    record Request(String kind, HttpRequest.Builder builder, int status) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path out = Path.of(args.length > 2 ? args[2] : "bench/load/RESULTS.md");
        Path dir = Files.createTempDirectory("litlod-load");
        PaperStore store = SeedCorpus.load(dir.resolve("db"));
        try (PaperServer server = PaperServer.start(store, 0, true, SeedCorpus.BASE)) {
            String base = "http://127.0.0.1:" + server.port();
            List<Request> mix = requests(store, base);
            Map<String, Kind> kinds = new TreeMap<>();
            mix.forEach(r -> kinds.putIfAbsent(r.kind(), new Kind()));
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            AtomicInteger loaded = new AtomicInteger();
            List<String> loadErrors = Collections.synchronizedList(new ArrayList<>());
            Thread loader = new Thread(() -> loadEverySecond(store, end, loaded, loadErrors), "loader");
            loader.start();
            List<Thread> threads = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(TIMEOUT).build();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        send(http, mix.get(random.nextInt(mix.size())), kinds);
                    }
                }, "client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            loader.join();
            String report = report(clients, seconds, kinds, loaded.get(), loadErrors, store);
            System.out.println(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    private static List<Request> requests(PaperStore store, String base) {
        List<Request> mix = new ArrayList<>();
        for (ExampleQuery q : ExampleCatalogue.load()) {
            String form = "query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8);
            mix.add(new Request("query " + q.id(), HttpRequest.newBuilder(URI.create(base + "/papers/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), 200));
        }
        for (String iri : papers(store)) {
            String path = iri.substring(SeedCorpus.BASE.length() - 1);
            mix.add(new Request("ld 303 paper IRI", HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "text/html"), 303));
            mix.add(new Request("ld /page (HTML)", HttpRequest.newBuilder(URI.create(base + "/page" + path)), 200));
            mix.add(new Request("ld /data .ttl", HttpRequest.newBuilder(URI.create(base + "/data" + path + ".ttl")), 200));
        }
        return mix;
    }

    private static List<String> papers(PaperStore store) {
        List<String> out = new ArrayList<>();
        org.apache.jena.sparql.core.DatasetGraph dsg = store.datasetGraph();
        org.apache.jena.system.Txn.executeRead(dsg, () -> dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(), org.litlod.vocab.LITLOD.Paper.asNode())
                .forEachRemaining(q -> out.add(q.getSubject().getURI())));
        Collections.sort(out);
        return out;
    }

    private static void send(HttpClient http, Request r, Map<String, Kind> kinds) {
        Kind k = kinds.get(r.kind());
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> resp = http.send(r.builder().copy().timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - t0) / 1000;
            if (resp.statusCode() != r.status() || (r.status() == 200 && resp.body().length == 0)) {
                k.errors.incrementAndGet();
                k.firstErrors.merge("status " + resp.statusCode(), 1, Integer::sum);
            } else {
                k.micros.add(micros);
            }
        } catch (HttpTimeoutException e) {
            k.timeouts.incrementAndGet();
        } catch (IOException e) {
            k.errors.incrementAndGet();
            k.firstErrors.merge(e.toString(), 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadEverySecond(PaperStore store, long end, AtomicInteger loaded, List<String> errors) {
        Publisher publisher = SeedCorpus.publisher();
        int i = 0;
        try {
            List<String> seeds = new ArrayList<>();
            for (String s : CrashCorpus.SEEDS) {
                seeds.add(Files.readString(SeedCorpus.SEEDS.resolve(s), StandardCharsets.UTF_8));
            }
            while (System.nanoTime() < end) {
                long next = System.nanoTime() + 1_000_000_000L;
                String text = CrashCorpus.variant(seeds.get(i % seeds.size()), "load " + i);
                LoadReport r = publisher.load(store, List.of(SourceText.of("load-" + i + ".txt", text)), false);
                if (r.ok()) {
                    loaded.incrementAndGet();
                } else {
                    errors.add(r.files().get(0).errors().toString());
                }
                i++;
                long sleep = (next - System.nanoTime()) / 1_000_000;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
        } catch (IOException | InterruptedException e) {
            errors.add(e.toString());
        }
    }

    private static String report(int clients, int seconds, Map<String, Kind> kinds, int loaded,
                                 List<String> loadErrors, PaperStore store) {
        StringBuilder b = new StringBuilder("# Load benchmark\n\n");
        b.append("- date: ").append(Instant.now()).append('\n');
        b.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n");
        b.append("- command: `bench/load/run.sh ").append(clients).append(' ').append(seconds).append("`\n");
        b.append("- ").append(clients).append(" clients for ").append(seconds)
                .append(" s on 127.0.0.1, request timeout ").append(TIMEOUT.toSeconds()).append(" s; meanwhile ")
                .append(loaded).append(" new documents loaded (one a second), ").append(loadErrors.size())
                .append(" load errors; ").append(store.graphs().size()).append(" graphs at the end\n\n");
        b.append("| request | ok | errors | timeouts | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n");
        long okAll = 0;
        int errAll = 0;
        int toAll = 0;
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            Kind k = e.getValue();
            List<Long> l = new ArrayList<>(k.micros);
            l.sort(null);
            okAll += l.size();
            errAll += k.errors.get();
            toAll += k.timeouts.get();
            b.append(String.format("| %s | %d | %d | %d | %.1f | %s | %s |%n", e.getKey(), l.size(), k.errors.get(),
                    k.timeouts.get(), l.size() / (double) seconds, ms(l, 0.50), ms(l, 0.99)));
        }
        b.append(String.format("| **all** | %d | %d | %d | %.1f | | |%n", okAll, errAll, toAll, okAll / (double) seconds));
        kinds.forEach((name, k) -> k.firstErrors.forEach((what, n) ->
                b.append("\n- ").append(name).append(": ").append(n).append(" × ").append(what)));
        loadErrors.forEach(e -> b.append("\n- load: ").append(e));
        return b.append('\n').toString();
    }

    private static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format("%.1f", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1000.0);
    }
}
