package org.litlod.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.XSD;

/**
 * The query-mix benchmark of {@code bench/query/run.sh}: closed-loop HTTP clients against
 * litlod's embedded Fuseki and against Virtuoso, run from a {@code main} method (no JUnit).
 *
 * <pre>
 * pick --endpoint SPARQL_URL --catalogue DIR --params TSV [--count 200] [--seed 42] --out WORKLOAD
 *     Builds the workload file: the example queries of DIR (top level only, so federated/ is
 *     left out), each verbatim and with its constant (the TSV's second column) replaced by
 *     values the TSV's query finds in the loaded store; and the IRIs for the lookups (TSV
 *     lines named lookup-paper and lookup-entity). Values are sorted, then shuffled with the
 *     seed, so the same store gives the same workload.
 *
 * run --workload FILE [--litlod SPARQL_URL LD_ROOT] [--virtuoso SPARQL_URL]
 *     [--base http://localhost:3030/] [--clients 1,4,16] [--warmup 10] [--measure 30]
 *     [--phases catalogue,lookup-sparql,lookup-deref,lookup-303,mix] [--timeout 70] [--prewarm 60]
 *     [--separate LABEL,...] [--probe 3] [--seed 42] --out RESULTS.tsv [--markdown RESULTS-TABLES.md]
 *     First checks that both stores give the same answers on a sample of the requests (3 variants
 *     of each example query, 10 paper and 10 entity lookups), then warms each server up with all
 *     its request kinds (4 clients, --prewarm seconds, not recorded: litlod's JIT), then, for
 *     each client count, each phase and each store in turn: warm-up, then measurement. The
 *     example queries named by --separate are left out of the phases and of the check, and sent
 *     once per variant (the first --probe variants) at the very end, to litlod last.
 * </pre>
 *
 * Phases: {@code catalogue} (the example queries), {@code lookup-sparql} (the same CONSTRUCT of
 * one IRI's triples on both stores), {@code lookup-deref} (litlod: GET of the data document,
 * /data/{path}.ttl for papers and /entity/data?iri=...&amp;format=ttl for entities; Virtuoso: GET
 * of its /sparql with DESCRIBE &lt;iri&gt; as Turtle), {@code lookup-303} (litlod only: GET of a
 * paper IRI with Accept: text/turtle, following the 303 to its data document) and {@code mix}
 * (catalogue, lookup-sparql and lookup-deref requests shuffled together). A request is a sample
 * when it completes inside the measurement window; non-2xx answers, I/O errors and timeouts are
 * counted as errors, not samples.
 */
public final class QueryMixBench {
    private static final String JSON = "application/sparql-results+json";
    private static final String TURTLE = "text/turtle";

    private QueryMixBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: QueryMixBench pick|run OPTIONS (see the class comment)");
        }
        Map<String, List<String>> opts = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "pick" -> pick(opts);
            case "run" -> run(opts);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---------------------------------------------------------------- pick

    private static void pick(Map<String, List<String>> o) throws Exception {
        String endpoint = one(o, "endpoint", null);
        Path catalogue = Path.of(one(o, "catalogue", null));
        Path params = Path.of(one(o, "params", null));
        int count = Integer.parseInt(one(o, "count", "200"));
        long seed = Long.parseLong(one(o, "seed", "42"));
        Path out = Path.of(one(o, "out", null));
        HttpClient http = client(HttpClient.Redirect.NEVER);

        Map<String, String[]> paramLines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(params)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalArgumentException("params line needs 3 tab-separated fields: " + line);
            }
            paramLines.put(f[0], f);
        }
        List<String> lines = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(catalogue)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        List<String> labels = new ArrayList<>();
        List<List<String>> variants = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = Files.readString(f);
            List<String> v = new ArrayList<>();
            v.add(text);
            String[] p = paramLines.get(name);
            if (p != null && !p[1].equals("-")) {
                if (!text.contains(p[1])) {
                    throw new IllegalStateException(name + " does not contain the constant " + p[1]);
                }
                for (String value : values(http, endpoint, p[2], count, seed)) {
                    v.add(text.replace(p[1], value));
                }
            }
            boolean text_ = text.contains("http://jena.apache.org/text#");
            labels.add((text_ ? "catalogue-text" : "catalogue") + "\t" + name.substring(0, name.length() - 3));
            variants.add(v);
            System.err.printf("pick: %s: %d variants%n", name, v.size());
        }
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < labels.size(); i++) {
                List<String> v = variants.get(i);
                lines.add(labels.get(i) + "\t" + escape(v.get(r % v.size())));
            }
        }
        for (String kind : List.of("paper", "entity")) {
            String[] p = paramLines.get("lookup-" + kind);
            if (p == null) {
                continue;
            }
            List<String> iris = values(http, endpoint, p[2], count, seed);
            for (String iri : iris) {
                if (iri.startsWith("<")) {
                    lines.add("iri\t" + kind + "\t" + iri.substring(1, iri.length() - 1));
                }
            }
            System.err.printf("pick: lookup-%s: %d IRIs%n", kind, iris.size());
        }
        Files.write(out, lines);
    }

    /** The values of ?v the query finds, as SPARQL terms, sorted, shuffled with the seed, at most count. */
    private static List<String> values(HttpClient http, String endpoint, String query, int count, long seed)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(sparql(endpoint, query, JSON, 300), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " for " + query + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        TreeSet<String> all = new TreeSet<>();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (s.contains("v")) {
                all.add(term(s.get("v").asNode()));
            }
        }
        List<String> list = new ArrayList<>(all);
        Collections.shuffle(list, new Random(seed));
        return list.subList(0, Math.min(count, list.size()));
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (!n.isLiteral()) {
            throw new IllegalArgumentException("picked value is neither IRI nor literal: " + n);
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : n.getLiteralLexicalForm().toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        b.append('"');
        if (!n.getLiteralLanguage().isEmpty()) {
            b.append('@').append(n.getLiteralLanguage());
        } else if (!XSD.xstring.getURI().equals(n.getLiteralDatatypeURI())) {
            b.append("^^<").append(n.getLiteralDatatypeURI()).append('>');
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- run

    /** One request: what it is (category, label) and how to send it. */
    record Req(String category, String label, HttpRequest request, boolean followRedirects, String what) {
        Req(String category, String label, HttpRequest request, boolean followRedirects) {
            this(category, label, request, followRedirects, request.uri().toString());
        }
    }

    /** A store under test: its name and how it answers each category (null: it does not). */
    record Store(String name, Map<String, List<Req>> byCategory) {
    }

    /** The samples of one (phase, request category, label) cell, merged over the clients. */
    static final class Cell {
        long[] lat = new long[1024];
        int n;
        long bytes;
        final Map<String, Integer> errors = new TreeMap<>();

        void add(long nanos, long b) {
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = nanos;
            bytes += b;
        }

        void error(String kind) {
            errors.merge(kind, 1, Integer::sum);
        }

        void merge(Cell o) {
            for (int i = 0; i < o.n; i++) {
                add(o.lat[i], 0);
            }
            bytes += o.bytes;
            o.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        double pct(double p) {
            if (n == 0) {
                return Double.NaN;
            }
            long[] s = Arrays.copyOf(lat, n);
            Arrays.sort(s);
            int rank = (int) Math.ceil(p * n);
            return s[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** One result row. */
    record Row(String store, int clients, String phase, String category, String label, Cell cell, double seconds) {
        double qps() {
            return cell.n / seconds;
        }
    }

    private static void run(Map<String, List<String>> o) throws Exception {
        List<String> workload = Files.readAllLines(Path.of(one(o, "workload", null)));
        String base = one(o, "base", "http://localhost:3030/");
        int[] clients = Arrays.stream(one(o, "clients", "1,4,16").split("[ ,]+")).mapToInt(Integer::parseInt).toArray();
        double warmup = Double.parseDouble(one(o, "warmup", "10"));
        double measure = Double.parseDouble(one(o, "measure", "30"));
        List<String> phases = List.of(one(o, "phases", "catalogue,lookup-sparql,lookup-deref,lookup-303,mix").split(","));
        int timeout = Integer.parseInt(one(o, "timeout", "70"));
        double prewarm = Double.parseDouble(one(o, "prewarm", "60"));
        long seed = Long.parseLong(one(o, "seed", "42"));
        Path out = Path.of(one(o, "out", null));
        Path markdown = o.containsKey("markdown") ? Path.of(one(o, "markdown", null)) : null;
        List<String> separate = List.of(one(o, "separate", "").split(","));
        int probe = Integer.parseInt(one(o, "probe", "3"));

        List<String[]> catalogue = new ArrayList<>();
        List<String[]> iris = new ArrayList<>();
        for (String line : workload) {
            String[] f = line.split("\t", 3);
            if (f[0].equals("iri")) {
                iris.add(f);
            } else {
                String category = separate.contains(f[1]) ? "catalogue-separate" : f[0];
                catalogue.add(new String[] {category, f[1], unescape(f[2])});
            }
        }
        List<Store> stores = new ArrayList<>();
        if (o.containsKey("litlod")) {
            List<String> a = o.get("litlod");
            stores.add(litlod(a.get(0), a.get(1), base, catalogue, iris, timeout));
        }
        if (o.containsKey("virtuoso")) {
            stores.add(virtuoso(o.get("virtuoso").get(0), catalogue, iris, timeout));
        }
        HttpClient plain = client(HttpClient.Redirect.NEVER);
        HttpClient following = client(HttpClient.Redirect.NORMAL);

        List<String> check = stores.size() == 2 ? check(plain, stores.get(0), stores.get(1)) : List.of();
        for (Store s : stores) {
            // JIT and caches: every request kind, 4 clients, not recorded
            List<Req> all = new ArrayList<>(phaseRequests(s, "mix"));
            all.addAll(phaseRequests(s, "lookup-303"));
            Collections.shuffle(all, new Random(seed));
            System.err.printf(Locale.ROOT, "run: %s, pre-warm-up, 4 clients, %.0f s%n", s.name(), prewarm);
            measure(plain, following, all, 4, prewarm, 0);
        }

        List<Row> rows = new ArrayList<>();
        for (int c : clients) {
            for (String phase : phases) {
                for (Store s : stores) {
                    List<Req> reqs = phaseRequests(s, phase);
                    if (reqs.isEmpty()) {
                        continue;
                    }
                    List<Req> shuffled = new ArrayList<>(reqs);
                    Collections.shuffle(shuffled, new Random(seed));
                    System.err.printf(Locale.ROOT, "run: %s, %d clients, %s: %d distinct requests, %.0f s + %.0f s%n",
                            s.name(), c, phase, shuffled.size(), warmup, measure);
                    Map<String, Cell> cells = measure(plain, following, shuffled, c, warmup, measure);
                    Cell total = new Cell();
                    Map<String, Cell> byCategory = new TreeMap<>();
                    for (var e : cells.entrySet()) {
                        String category = e.getKey().substring(0, e.getKey().indexOf('\t'));
                        String label = e.getKey().substring(e.getKey().indexOf('\t') + 1);
                        byCategory.computeIfAbsent(category, k -> new Cell()).merge(e.getValue());
                        total.merge(e.getValue());
                        if (category.startsWith("catalogue")) {
                            rows.add(new Row(s.name(), c, phase, category, label, e.getValue(), measure));
                        }
                    }
                    if (phase.equals("mix")) {
                        byCategory.forEach((k, v) -> rows.add(new Row(s.name(), c, phase, k, "*", v, measure)));
                    }
                    rows.add(new Row(s.name(), c, phase, "*", "*", total, measure));
                    System.err.printf(Locale.ROOT, "run: %s %d %s: %.1f qps, p50 %.1f ms, p99 %.1f ms, errors %s%n",
                            s.name(), c, phase, total.n / measure, total.pct(0.5), total.pct(0.99), total.errors);
                }
            }
        }
        // the separate queries last, litlod last of all: a query that outlives its timeout keeps
        // running in the server (seen with the property paths of 02 and 07), and would load the
        // machine for whatever comes after it
        List<String> probes = new ArrayList<>();
        List<Store> order = new ArrayList<>(stores);
        order.sort((x, y) -> Boolean.compare(x.name().equals("litlod"), y.name().equals("litlod")));
        for (Store s : order) {
            probes.addAll(probe(plain, s, probe));
        }
        write(out, rows);
        if (markdown != null) {
            Files.writeString(markdown, markdown(rows, check, probes, warmup, measure, clients));
        }
    }

    /**
     * Sends the first {@code variants} variants of each separate query once, one after the
     * other; after an error or timeout the rest of that query's variants are skipped.
     */
    private static List<String> probe(HttpClient http, Store s, int variants) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> sent = new TreeMap<>();
        Map<String, Boolean> failed = new HashMap<>();
        for (Req r : s.byCategory().getOrDefault("catalogue-separate", List.of())) {
            int k = sent.merge(r.label(), 1, Integer::sum);
            if (k > variants || failed.getOrDefault(r.label(), false)) {
                continue;
            }
            long t0 = System.nanoTime();
            String result;
            try {
                HttpResponse<byte[]> resp = http.send(r.request(), HttpResponse.BodyHandlers.ofByteArray());
                result = resp.statusCode() / 100 == 2 ? String.format(Locale.ROOT, "%,d bytes", resp.body().length)
                        : "HTTP " + resp.statusCode();
                failed.put(r.label(), resp.statusCode() / 100 != 2);
            } catch (HttpTimeoutException e) {
                result = "no answer (client timeout)";
                failed.put(r.label(), true);
            } catch (IOException e) {
                result = e.getClass().getSimpleName();
                failed.put(r.label(), true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            System.err.printf(Locale.ROOT, "probe: %s %s #%d: %.0f ms, %s%n", s.name(), r.label(), k, ms, result);
            out.add(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s |", r.label(), s.name(), k, ms(ms), result));
        }
        return out;
    }

    private static List<Req> phaseRequests(Store s, String phase) {
        if (phase.equals("mix")) {
            List<Req> all = new ArrayList<>();
            for (String k : List.of("catalogue", "lookup-sparql", "lookup-deref")) {
                all.addAll(s.byCategory().getOrDefault(k, List.of()));
            }
            return all;
        }
        if (phase.equals("catalogue")) {
            List<Req> all = new ArrayList<>(s.byCategory().getOrDefault("catalogue", List.of()));
            all.addAll(s.byCategory().getOrDefault("catalogue-text", List.of()));
            return all;
        }
        return s.byCategory().getOrDefault(phase, List.of());
    }

    private static Store litlod(String sparqlUrl, String ldRoot, String base, List<String[]> catalogue,
            List<String[]> iris, int timeout) {
        String root = ldRoot.endsWith("/") ? ldRoot.substring(0, ldRoot.length() - 1) : ldRoot;
        Map<String, List<Req>> m = common(sparqlUrl, catalogue, iris, timeout, true);
        List<Req> deref = new ArrayList<>();
        List<Req> see = new ArrayList<>();
        for (String[] i : iris) {
            String iri = i[2];
            if (iri.startsWith(base)) {
                String path = encodePath(iri.substring(base.length()));
                deref.add(new Req("lookup-deref", i[1], get(root + "/data/" + path + ".ttl", TURTLE, timeout), false));
                see.add(new Req("lookup-303", i[1], get(root + "/" + path, TURTLE, timeout), true));
            } else {
                deref.add(new Req("lookup-deref", i[1], get(root + "/entity/data?iri=" + enc(iri) + "&format=ttl",
                        TURTLE, timeout), false));
            }
        }
        m.put("lookup-deref", deref);
        m.put("lookup-303", see);
        return new Store("litlod", m);
    }

    private static Store virtuoso(String sparqlUrl, List<String[]> catalogue, List<String[]> iris, int timeout) {
        Map<String, List<Req>> m = common(sparqlUrl, catalogue, iris, timeout, false);
        List<Req> deref = new ArrayList<>();
        for (String[] i : iris) {
            deref.add(new Req("lookup-deref", i[1],
                    get(sparqlUrl + "?query=" + enc("DESCRIBE <" + i[2] + ">"), TURTLE, timeout), false));
        }
        m.put("lookup-deref", deref);
        return new Store("virtuoso", m);
    }

    /** The catalogue and lookup-sparql requests, the same text for every store. */
    private static Map<String, List<Req>> common(String sparqlUrl, List<String[]> catalogue, List<String[]> iris,
            int timeout, boolean text) {
        Map<String, List<Req>> m = new LinkedHashMap<>();
        for (String[] q : catalogue) {
            if (q[0].equals("catalogue-text") && !text) {
                continue;
            }
            m.computeIfAbsent(q[0], k -> new ArrayList<>()).add(new Req(q[0], q[1],
                    sparql(sparqlUrl, q[2], accept(q[2]), timeout), false, q[2]));
        }
        List<Req> lookups = new ArrayList<>();
        for (String[] i : iris) {
            lookups.add(new Req("lookup-sparql", i[1], sparql(sparqlUrl, lookupQuery(i[2]), TURTLE, timeout), false,
                    lookupQuery(i[2])));
        }
        m.put("lookup-sparql", lookups);
        return m;
    }

    /** The like-for-like lookup: the triples of one IRI in any graph. */
    static String lookupQuery(String iri) {
        return "CONSTRUCT { <" + iri + "> ?p ?o } WHERE { GRAPH ?g { <" + iri + "> ?p ?o } }";
    }

    private static String accept(String query) {
        String q = query.replaceAll("(?m)#.*$", "").replaceAll("(?is)PREFIX\\s+\\S*\\s*<[^>]*>", "").trim()
                .toUpperCase(Locale.ROOT);
        return q.startsWith("CONSTRUCT") || q.startsWith("DESCRIBE") ? TURTLE : JSON;
    }

    /** Closed-loop clients over the shuffled list, each starting at its own offset. */
    private static Map<String, Cell> measure(HttpClient plain, HttpClient following, List<Req> reqs, int clients,
            double warmup, double measure) throws InterruptedException {
        long start = System.nanoTime();
        long from = start + (long) (warmup * 1e9);
        long to = from + (long) (measure * 1e9);
        List<Map<String, Cell>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Map<String, Cell> mine = new HashMap<>();
            perThread.add(mine);
            int offset = t * reqs.size() / clients;
            Thread th = new Thread(() -> {
                byte[] sink = new byte[65536];
                for (int i = offset; System.nanoTime() < to; i++) {
                    Req r = reqs.get(i % reqs.size());
                    long t0 = System.nanoTime();
                    String error = null;
                    long bytes = 0;
                    try {
                        HttpResponse<InputStream> resp = (r.followRedirects() ? following : plain)
                                .send(r.request(), HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = resp.body()) {
                            for (int k; (k = in.read(sink)) >= 0; ) {
                                bytes += k;
                            }
                        }
                        if (resp.statusCode() / 100 != 2) {
                            error = "HTTP " + resp.statusCode();
                        }
                    } catch (HttpTimeoutException e) {
                        error = "timeout";
                    } catch (IOException e) {
                        error = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long t1 = System.nanoTime();
                    if (t1 - t0 > 5_000_000_000L) {
                        System.err.printf(Locale.ROOT, "slow: %.1f s, %s, %s %s: %s%n", (t1 - t0) / 1e9,
                                error == null ? bytes + " bytes" : error, r.category(), r.label(),
                                r.what().replaceAll("\\s+", " ").replaceAll("^.*?(SELECT|CONSTRUCT)", "$1"));
                    }
                    if (t1 < from || t1 > to) {
                        continue;
                    }
                    Cell cell = mine.computeIfAbsent(r.category() + "\t" + r.label(), k -> new Cell());
                    if (error == null) {
                        cell.add(t1 - t0, bytes);
                    } else {
                        cell.error(error);
                    }
                }
            }, "client-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        Map<String, Cell> merged = new TreeMap<>();
        for (Map<String, Cell> m : perThread) {
            m.forEach((k, v) -> merged.computeIfAbsent(k, x -> new Cell()).merge(v));
        }
        return merged;
    }

    // ---------------------------------------------------------------- answers check

    /**
     * Sends a sample of the requests once to both stores and compares the answers: SELECT results
     * as multisets of rows (terms written out), CONSTRUCT results as graphs (isomorphism).
     */
    private static List<String> check(HttpClient http, Store a, Store b) {
        List<String> out = new ArrayList<>();
        for (String category : List.of("catalogue", "lookup-sparql")) {
            List<Req> ra = a.byCategory().getOrDefault(category, List.of());
            List<Req> rb = b.byCategory().getOrDefault(category, List.of());
            Map<String, int[]> perLabel = new TreeMap<>();
            Map<String, String> example = new TreeMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
                String label = category.equals("catalogue") ? ra.get(i).label() : ra.get(i).label() + " IRI";
                int k = seen.merge(label, 1, Integer::sum);
                if (k > (category.equals("catalogue") ? 3 : 10)) {
                    continue;
                }
                String sa = answer(http, ra.get(i));
                String sb = answer(http, rb.get(i));
                int[] c = perLabel.computeIfAbsent(label, x -> new int[3]);
                c[0]++;
                if (sa.equals(sb)) {
                    c[1]++;
                } else {
                    example.putIfAbsent(label, "litlod " + sa.lines().findFirst().orElse("")
                            + " / virtuoso " + sb.lines().findFirst().orElse(""));
                }
                c[2] += Integer.parseInt(sa.substring(0, sa.indexOf(' ')).replace("error", "0"));
            }
            perLabel.forEach((label, c) -> out.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %s |",
                    category, label, c[0], c[1], c[2] / (double) c[0], example.getOrDefault(label, ""))));
        }
        return out;
    }

    /** "N rows|triples" followed by a canonical form of the answer, or "error ...". */
    private static String answer(HttpClient http, Req r) {
        try {
            HttpResponse<byte[]> resp = http.send(r.request(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                return "error HTTP " + resp.statusCode();
            }
            if (r.request().headers().firstValue("Accept").orElse("").equals(JSON)) {
                ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
                List<String> rows = new ArrayList<>();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder sb = new StringBuilder();
                    for (String v : vars) {
                        sb.append(s.contains(v) ? canonical(s.get(v).asNode()) : "UNBOUND").append(' ');
                    }
                    rows.add(sb.toString());
                }
                Collections.sort(rows);
                return rows.size() + " rows\n" + String.join("\n", rows);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(resp.body())).lang(Lang.TURTLE).parse(g);
            List<String> triples = new ArrayList<>();
            g.find().forEachRemaining(t -> triples.add(canonical(t.getSubject()) + " " + canonical(t.getPredicate())
                    + " " + canonical(t.getObject())));
            Collections.sort(triples);
            return triples.size() + " triples\n" + String.join("\n", triples);
        } catch (IOException | RuntimeException e) {
            return "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A term written out; literals by lexical form and datatype (xsd:string and plain alike). */
    private static String canonical(Node n) {
        if (n.isBlank()) {
            return "_:b";
        }
        return n.isURI() ? "<" + n.getURI() + ">" : term(n);
    }

    // ---------------------------------------------------------------- output

    private static void write(Path out, List<Row> rows) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("store\tclients\tphase\tcategory\tlabel\trequests\tqps\tp50_ms\tp99_ms\tmean_bytes\terrors");
            for (Row r : rows) {
                w.printf(Locale.ROOT, "%s\t%d\t%s\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%d\t%s%n", r.store(), r.clients(),
                        r.phase(), r.category(), r.label(), r.cell().n, r.qps(), r.cell().pct(0.5), r.cell().pct(0.99),
                        r.cell().n == 0 ? 0 : r.cell().bytes / r.cell().n, r.cell().errors);
            }
        }
    }

    private static String markdown(List<Row> rows, List<String> check, List<String> probes, double warmup,
            double measure, int[] clients) {
        StringBuilder b = new StringBuilder();
        Map<String, Row> idx = new HashMap<>();
        for (Row r : rows) {
            idx.put(r.store() + "|" + r.clients() + "|" + r.phase() + "|" + r.category() + "|" + r.label(), r);
        }
        b.append(String.format(Locale.ROOT, "Each cell: %.0f s warm-up, then %.0f s measured; closed-loop clients.%n%n",
                warmup, measure));
        b.append("#### Per phase (each phase on its own)\n\n");
        b.append("| phase | clients | litlod QPS | litlod p50 / p99 ms | litlod errors | litlod mean bytes "
                + "| Virtuoso QPS | Virtuoso p50 / p99 ms | Virtuoso errors | Virtuoso mean bytes | QPS ratio litlod/Virtuoso |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String phase : List.of("catalogue", "lookup-sparql", "lookup-deref", "lookup-303", "mix")) {
            for (int c : clients) {
                Row l = idx.get("litlod|" + c + "|" + phase + "|*|*");
                Row v = idx.get("virtuoso|" + c + "|" + phase + "|*|*");
                if (l == null && v == null) {
                    continue;
                }
                b.append("| ").append(phase).append(" | ").append(c).append(" | ").append(cells(l)).append(" | ")
                        .append(cells(v)).append(" | ").append(ratio(l, v)).append(" |\n");
            }
        }
        b.append("\n#### Inside the mix (per request category; QPS = that category's completions per second)\n\n");
        b.append("| category | clients | litlod QPS | litlod p50 / p99 ms | litlod errors | litlod mean bytes "
                + "| Virtuoso QPS | Virtuoso p50 / p99 ms | Virtuoso errors | Virtuoso mean bytes |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String cat : List.of("catalogue", "catalogue-text", "lookup-sparql", "lookup-deref")) {
            for (int c : clients) {
                Row l = idx.get("litlod|" + c + "|mix|" + cat + "|*");
                Row v = idx.get("virtuoso|" + c + "|mix|" + cat + "|*");
                if (l == null && v == null) {
                    continue;
                }
                b.append("| ").append(cat).append(" | ").append(c).append(" | ").append(cells(l)).append(" | ")
                        .append(cells(v)).append(" |\n");
            }
        }
        b.append("\n#### Catalogue phase, per example query\n\n");
        b.append("| query | clients | litlod QPS | litlod p50 / p99 ms | litlod errors | litlod mean bytes "
                + "| Virtuoso QPS | Virtuoso p50 / p99 ms | Virtuoso errors | Virtuoso mean bytes |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        TreeSet<String> labels = new TreeSet<>();
        rows.stream().filter(r -> r.phase().equals("catalogue") && !r.label().equals("*")).forEach(r -> labels.add(r.label()));
        for (String label : labels) {
            for (int c : clients) {
                Row l = null;
                Row v = null;
                for (String cat : List.of("catalogue", "catalogue-text")) {
                    l = l != null ? l : idx.get("litlod|" + c + "|catalogue|" + cat + "|" + label);
                    v = v != null ? v : idx.get("virtuoso|" + c + "|catalogue|" + cat + "|" + label);
                }
                b.append("| ").append(label).append(" | ").append(c).append(" | ").append(cells(l)).append(" | ")
                        .append(cells(v)).append(" |\n");
            }
        }
        if (!probes.isEmpty()) {
            b.append("\n#### Queries run apart from the mix (each variant sent once, 1 client; after an error "
                    + "the query's other variants are skipped)\n\n");
            b.append("| query | store | variant | latency ms | answer |\n|---|---|---|---|---|\n");
            probes.forEach(line -> b.append(line).append('\n'));
        }
        if (!check.isEmpty()) {
            b.append("\n#### Same answers? (each request sent once to both stores before the runs)\n\n");
            b.append("| category | query / IRI kind | compared | identical | mean litlod rows/triples | first difference (litlod / Virtuoso) |\n");
            b.append("|---|---|---|---|---|---|\n");
            check.forEach(line -> b.append(line).append('\n'));
        }
        return b.toString();
    }

    private static String cells(Row r) {
        if (r == null) {
            return "– | – | – | –";
        }
        Cell c = r.cell();
        return String.format(Locale.ROOT, "%s | %s / %s | %s | %s", fmt(r.qps()), ms(c.pct(0.5)), ms(c.pct(0.99)),
                c.errorCount() == 0 ? "0" : c.errorCount() + " " + c.errors, c.n == 0 ? "–" : String.format(
                        Locale.ROOT, "%,d", c.bytes / c.n));
    }

    private static String ratio(Row l, Row v) {
        if (l == null || v == null || v.qps() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "**%.2f**", l.qps() / v.qps());
    }

    private static String fmt(double qps) {
        return qps >= 100 ? String.format(Locale.ROOT, "%,.0f", qps) : String.format(Locale.ROOT, "%.1f", qps);
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    // ---------------------------------------------------------------- HTTP helpers

    private static HttpClient client(HttpClient.Redirect redirect) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(redirect)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest sparql(String url, String query, String accept, int timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeout))
                .header("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build();
    }

    private static HttpRequest get(String url, String accept, int timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeout)).header("Accept", accept)
                .GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Percent-encodes what may not stand in a URL path (keeps "/" and RFC 3986 unreserved and sub-delims). */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append(String.format("%%%02X", x & 0xff));
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(switch (d) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> d;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** "--name v1 v2 ..." options; values run until the next "--". */
    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<String> cur = null;
        for (String a : args) {
            if (a.startsWith("--")) {
                cur = new ArrayList<>();
                m.put(a.substring(2), cur);
            } else if (cur != null) {
                cur.add(a);
            } else {
                throw new IllegalArgumentException("value without option: " + a);
            }
        }
        return m;
    }

    private static String one(Map<String, List<String>> o, String name, String dflt) {
        List<String> v = o.get(name);
        if (v == null || v.isEmpty()) {
            if (dflt == null) {
                throw new IllegalArgumentException("missing --" + name);
            }
            return dflt;
        }
        return v.get(0);
    }
}
