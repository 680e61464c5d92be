#!/usr/bin/env bash
# Query-mix benchmark (issue 8): litlod's embedded Fuseki against Virtuoso 7 on the same quads.
#
# Generates N synthetic PubMed documents, loads them into a TDB2 store with litlod (under
# /usr/bin/time -v: wall time and peak RSS of the loader), dumps the store as gzipped N-Quads
# and bulk-loads that file into a fresh Virtuoso database (ld_dir + rdf_loader_run + checkpoint,
# timed; Virtuoso's VmHWM after the load is its loader's peak RSS). Then it starts each server
# alone on its loaded store and times process start -> first successful SPARQL query, picks
# the workload from the loaded data (QueryMixBench pick), runs the closed-loop driver
# (QueryMixBench run: catalogue, lookup-sparql, lookup-deref, lookup-303 and mix phases at each
# client count, both servers in the same run, one after the other), records each server's
# peak RSS (VmHWM) and the store sizes, and writes the generated part of bench/query/RESULTS.md
# (between the "query:generated" markers; the rest of the file is left alone).
# Both servers listen on 127.0.0.1 only and are stopped on exit (trap).
#
# Usage: bench/query/run.sh [N=10000]
# Environment:
#   CLIENTS="1 4 16"   client counts           WARMUP=10, MEASURE=30  seconds per cell
#   PREWARM=60         seconds of unrecorded warm-up per server before the first cell (JIT)
#   SEPARATE=06-genes-with-uniprot-join-keys
#                      example queries left out of the timed phases and sent once per variant at
#                      the end (Virtuoso refuses 06 as too costly, litlod takes seconds: not a
#                      like-for-like cell)
#   MEM_GB=4           litlod -Xmx and Virtuoso buffers (NumberOfBuffers = 85,000 per GB)
#   LITLOD_PORT=18030  VIRT_HTTP=18890  VIRT_SQL=11111   loopback ports (must be free)
#   PICK_COUNT=200     values per parameterised query, paper IRIs, entity IRIs
#   WORK=/tmp/litlod-query   work files go to $WORK/N (corpus, stores, dump, logs, results)
#   LITLOD_BUILD=/tmp/build-query   Maven build directory (-Dlitlod.build)
#   LOADER=bulk        bulk: `load --bulk`; plain: `load` (one transaction per document)
#   REUSE=0            1: keep the corpus, stores and load figures of an earlier run in $WORK/N
#   KEEP=0             1: do not delete the corpus, stores and dump at the end
#   RESULTS=bench/query/RESULTS.md   where the generated tables go
#   MVN_OFFLINE=-o     Maven offline flag (set to "" to allow downloads)
# Needs: Java 17, Maven, the Debian package virtuoso-opensource (virtuoso-t, isql-vt), curl,
# /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD

N=${1:-10000}
CLIENTS=${CLIENTS:-"1 4 16"}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
PREWARM=${PREWARM:-60}
SEPARATE=${SEPARATE-06-genes-with-uniprot-join-keys}
MEM_GB=${MEM_GB:-4}
LITLOD_PORT=${LITLOD_PORT:-18030}
VIRT_HTTP=${VIRT_HTTP:-18890}
VIRT_SQL=${VIRT_SQL:-11111}
PICK_COUNT=${PICK_COUNT:-200}
SEED=42
WORK=${WORK:-/tmp/litlod-query}/$N
BUILD=${LITLOD_BUILD:-/tmp/build-query}
LOADER=${LOADER:-bulk}
REUSE=${REUSE:-0}
KEEP=${KEEP:-0}
RESULTS=${RESULTS:-bench/query/RESULTS.md}
MVN_OFFLINE=${MVN_OFFLINE--o}
BASE=http://localhost:3030/
ISQL=isql-vt

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log() { echo "query-bench: $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
hwm_mb() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
port_free() { ! ss -ltn | awk '{print $4}' | grep -q ":$1\$"; }
secs_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
fact() { echo "$1=$(printf %q "$2")" >> "$WORK/facts.env"; }   # figures, kept for REUSE runs

for p in "$LITLOD_PORT" "$VIRT_HTTP" "$VIRT_SQL"; do
    port_free "$p" || { log "port $p is in use; choose others (LITLOD_PORT, VIRT_HTTP, VIRT_SQL)"; exit 1; }
done
command -v virtuoso-t >/dev/null || { log "virtuoso-t missing: apt-get install -y virtuoso-opensource"; exit 1; }

LPID=
VPID=
stop_virtuoso() {
    if [[ -n $VPID ]] && kill -0 "$VPID" 2>/dev/null; then
        timeout 120 $ISQL "$VIRT_SQL" dba dba exec="shutdown;" >/dev/null 2>&1 || kill "$VPID" 2>/dev/null || true
        for _ in $(seq 1200); do kill -0 "$VPID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$VPID" 2>/dev/null || true
    fi
    VPID=
}
stop_litlod() {
    if [[ -n $LPID ]] && kill -0 "$LPID" 2>/dev/null; then
        kill "$LPID" 2>/dev/null || true
        for _ in $(seq 300); do kill -0 "$LPID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$LPID" 2>/dev/null || true
    fi
    LPID=
}
trap 'stop_litlod; stop_virtuoso' EXIT

# Polls a SPARQL endpoint until an ASK answers 200 (or the process dies, or LIMIT seconds pass).
wait_sparql() {
    local url=$1 pid=$2 limit=$3 start
    start=$(date +%s)
    until curl -sf -o /dev/null -H 'Accept: application/sparql-results+json' \
            --data-urlencode 'query=ASK { ?s ?p ?o }' "$url"; do
        kill -0 "$pid" 2>/dev/null || { log "server $pid died; see its log"; return 1; }
        (( $(date +%s) - start < limit )) || { log "$url not ready after $limit s"; return 1; }
        sleep 0.05
    done
}
# One number from a SPARQL COUNT query (CSV, second line).
sparql_count() {
    curl -sf -H 'Accept: text/csv' --data-urlencode "query=$2" "$1" | sed -n 2p | tr -d '"\r'
}

mkdir -p "$WORK"
[[ $REUSE == 1 ]] || rm -rf "${WORK:?}"/*
touch "$WORK/facts.env"

# ---- build
log "building into $BUILD"
source bench/build.sh
bench_build "$BUILD"

# ---- corpus and litlod store
if [[ ! -f $WORK/corpus.done ]]; then
    log "generating $N PubMed documents"
    java -jar "$JAR" generate --format pubmed --count "$N" --seed "$SEED" --out "$WORK/corpus" >&2
    touch "$WORK/corpus.done"
fi
if [[ ! -f $WORK/litlod-load.done ]]; then
    rm -rf "$WORK/db"
    log "loading into TDB2 ($LOADER)"
    used=$LOADER
    flag=(--bulk); [[ $LOADER == bulk ]] || flag=()
    if ! /usr/bin/time -v -o "$WORK/litlod-load.time" java -Xmx"${MEM_GB}"g -jar "$JAR" load --db "$WORK/db" \
            "${flag[@]}" "$WORK/corpus" > "$WORK/litlod-load.log" 2>&1; then
        if [[ $LOADER == bulk ]]; then
            log "load --bulk failed (tail of the log below); falling back to plain load"
            tail -5 "$WORK/litlod-load.log" >&2
            rm -rf "$WORK/db"; used="plain (after --bulk failed)"
            /usr/bin/time -v -o "$WORK/litlod-load.time" java -Xmx"${MEM_GB}"g -jar "$JAR" load --db "$WORK/db" \
                "$WORK/corpus" > "$WORK/litlod-load.log" 2>&1
        else
            exit 1
        fi
    fi
    fact LITLOD_LOADER "$used"
    fact LITLOD_LOAD_S "$(awk -F': ' '/Elapsed/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/litlod-load.time")"
    fact LITLOD_LOAD_RSS_MB "$(awk -F': ' '/Maximum resident/ {printf "%d", $2/1024}' "$WORK/litlod-load.time")"
    fact LITLOD_LOAD_SUMMARY "$(grep '^litlod:' "$WORK/litlod-load.log" | tail -1)"
    fact LITLOD_STORE_MB "$(du -sm "$WORK/db" | cut -f1)"
    touch "$WORK/litlod-load.done"
fi
if [[ ! -f $WORK/dump.done ]]; then
    log "dumping N-Quads"
    mkdir -p "$WORK/nq"
    t0=$(now_ms)
    java -Xmx"${MEM_GB}"g -jar "$JAR" dump --db "$WORK/db" --format nq.gz --out "$WORK/nq/litlod.nq.gz" >&2
    fact DUMP_S "$(secs_since "$t0")"
    fact DUMP_MB "$(du -sm "$WORK/nq/litlod.nq.gz" | cut -f1)"
    touch "$WORK/dump.done"
fi

# ---- Virtuoso
VDB=$WORK/virtuoso
INI=$WORK/virtuoso.ini
THREADS=$(( $(tr ' ' '\n' <<< "$CLIENTS" | sort -n | tail -1) + 4 ))
(( THREADS >= 10 )) || THREADS=10
sed -e "s#@DB@#$VDB#g" -e "s#@SQLPORT@#$VIRT_SQL#g" -e "s#@HTTPPORT@#$VIRT_HTTP#g" -e "s#@THREADS@#$THREADS#g" \
    -e "s#@DIRS@#$WORK/nq, /usr/share/virtuoso-opensource-7/vad#g" \
    -e "s#@BUFFERS@#$(( MEM_GB * 85000 ))#g" -e "s#@DIRTY@#$(( MEM_GB * 62500 ))#g" \
    bench/query/virtuoso.ini.template > "$INI"
VSPARQL=http://127.0.0.1:$VIRT_HTTP/sparql
start_virtuoso() {
    virtuoso-t +foreground +configfile "$INI" >> "$WORK/virtuoso.out" 2>&1 &
    VPID=$!
}
if [[ ! -f $WORK/virtuoso-load.done ]]; then
    rm -rf "$VDB"; mkdir -p "$VDB"
    log "starting Virtuoso on an empty database"
    start_virtuoso
    wait_sparql "$VSPARQL" "$VPID" 300
    log "bulk-loading Virtuoso"
    t0=$(now_ms)
    $ISQL "$VIRT_SQL" dba dba exec="ld_dir('$WORK/nq', '*.nq.gz', '$BASE'); rdf_loader_run(); checkpoint;" \
        > "$WORK/virtuoso-load.log" 2>&1
    fact VIRT_LOAD_S "$(secs_since "$t0")"
    fact VIRT_LOAD_RSS_MB "$(hwm_mb "$VPID")"
    $ISQL "$VIRT_SQL" dba dba exec="select ll_file, ll_state, ll_error from DB.DBA.LOAD_LIST;" \
        >> "$WORK/virtuoso-load.log" 2>&1
    if grep -q 'NULL *$' "$WORK/virtuoso-load.log"; then :; else
        log "Virtuoso's LOAD_LIST shows an error:"; tail -5 "$WORK/virtuoso-load.log" >&2; exit 1
    fi
    stop_virtuoso
    fact VIRT_STORE_MB "$(du -sm "$VDB" | cut -f1)"
    touch "$WORK/virtuoso-load.done"
fi
# shellcheck disable=SC1091
source "$WORK/facts.env"

# ---- start-up on the loaded stores, one server at a time
LSPARQL=http://127.0.0.1:$LITLOD_PORT/papers/sparql
mkdir -p "$WORK/empty-seeds"
log "starting litlod on the loaded store"
t0=$(now_ms)
java -Xmx"${MEM_GB}"g -jar "$JAR" serve --db "$WORK/db" --port "$LITLOD_PORT" --base "$BASE" \
    --seeds "$WORK/empty-seeds" --localhost > "$WORK/litlod-serve.log" 2>&1 &
LPID=$!
wait_sparql "$LSPARQL" "$LPID" 600
LITLOD_START_MS=$(( $(now_ms) - t0 ))
log "starting Virtuoso on the loaded store"
t0=$(now_ms)
start_virtuoso
wait_sparql "$VSPARQL" "$VPID" 600
VIRT_START_MS=$(( $(now_ms) - t0 ))

GRAPHS_FILTER="FILTER(STRSTARTS(STR(?g), \"$BASE\"))"
Q_COUNT="SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } $GRAPHS_FILTER }"
LITLOD_QUADS=$(sparql_count "$LSPARQL" "$Q_COUNT")
VIRT_QUADS=$(sparql_count "$VSPARQL" "$Q_COUNT")
VIRT_ALL_QUADS=$(sparql_count "$VSPARQL" "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
log "quads: litlod $LITLOD_QUADS, Virtuoso $VIRT_QUADS (+ $(( VIRT_ALL_QUADS - VIRT_QUADS )) in its system graphs)"

# ---- workload and driver
log "picking the workload from the loaded data"
java -Xmx1g -cp "$CP" org.litlod.bench.QueryMixBench pick --endpoint "$LSPARQL" --catalogue ontology/queries \
    --params bench/query/picks.tsv --count "$PICK_COUNT" --seed "$SEED" --out "$WORK/workload.tsv"
log "running the driver"
java -Xmx2g -cp "$CP" org.litlod.bench.QueryMixBench run --workload "$WORK/workload.tsv" \
    --litlod "$LSPARQL" "http://127.0.0.1:$LITLOD_PORT" --virtuoso "$VSPARQL" --base "$BASE" \
    --clients ${CLIENTS// /,} --warmup "$WARMUP" --measure "$MEASURE" --prewarm "$PREWARM" --separate "$SEPARATE" --seed "$SEED" \
    --out "$WORK/results.tsv" --markdown "$WORK/tables.md" 2> >(tee "$WORK/driver.log" >&2)
# queries still evaluating a property path in litlod after the run (they outlived their timeout)
RUNAWAY=$(jcmd "$LPID" Thread.print 2>/dev/null | awk '
    /^"/ { cpu = ""; if (match($0, /cpu=[0-9.]+ms/)) cpu = substr($0, RSTART + 4, RLENGTH - 6); seen = 0 }
    /PathEngineSPARQL/ && !seen { seen = 1; n++; list = list sprintf("%s%.0f", n > 1 ? ", " : "", cpu / 1000) }
    END { printf "%d (thread CPU seconds: %s)", n, n ? list : "–" }')
log "litlod threads still in property-path evaluation: $RUNAWAY"
LITLOD_RSS_MB=$(hwm_mb "$LPID")
VIRT_RSS_MB=$(hwm_mb "$VPID")
LITLOD_PAGES=$(awk '/RssFile/ {printf "%d", $2 / 1024}' "/proc/$LPID/status")
stop_litlod
stop_virtuoso
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- results
JAVA_VERSION=$(java -version 2>&1 | head -1)
VIRT_VERSION=$(virtuoso-t -? 2>&1 | grep -m1 '^Version' || true)
VIRT_PKG=$(dpkg-query -W -f='${Version}' virtuoso-opensource-7-bin 2>/dev/null || echo '?')
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
QUAD_COUNT=$(printf "%'d" "$LITLOD_QUADS")
{
    echo "<!-- query:generated:begin (written by bench/query/run.sh; a rerun replaces this part) -->"
    echo "### Run of $(date -u '+%Y-%m-%d %H:%M UTC'): N = $(printf "%'d" "$N") PubMed documents, $QUAD_COUNT quads"
    echo
    echo "Command: \`CLIENTS=\"$CLIENTS\" WARMUP=$WARMUP MEASURE=$MEASURE PREWARM=$PREWARM MEM_GB=$MEM_GB bench/query/run.sh $N\`"
    echo
    echo "Machine: $(nproc) cores ($CPU), $(free -g | awk '/Mem:/ {print $2}') GB RAM; $JAVA_VERSION;"
    echo "Virtuoso $VIRT_VERSION (Debian package $VIRT_PKG); load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER"
    echo "(the machine is shared with another engineer's builds and benchmarks: figures vary with it)."
    echo
    echo "#### Stores, loaders and servers"
    echo
    echo "| measure | litlod (TDB2 + jena-text, embedded Fuseki) | Virtuoso 7 |"
    echo "|---|---|---|"
    echo "| quads in the papers' graphs | $QUAD_COUNT | $(printf "%'d" "$VIRT_QUADS") (+ $(( VIRT_ALL_QUADS - VIRT_QUADS )) in Virtuoso's own system graphs) |"
    echo "| load: how | \`load\` from PubMed XML, loader: $LITLOD_LOADER; convert, tag, check, write, index | \`ld_dir\` + \`rdf_loader_run()\` (1 loader) + \`checkpoint\` of litlod's \`dump\` ($DUMP_MB MB nq.gz, written in $DUMP_S s) |"
    echo "| load: wall time | $LITLOD_LOAD_S s | $VIRT_LOAD_S s |"
    echo "| load: peak RSS | $(printf "%'d" "$LITLOD_LOAD_RSS_MB") MB (\`/usr/bin/time -v\`, -Xmx${MEM_GB}g) | $(printf "%'d" "$VIRT_LOAD_RSS_MB") MB (server VmHWM after the load; the server is the loader) |"
    echo "| store on disk (\`du -sm\`) | $(printf "%'d" "$LITLOD_STORE_MB") MB | $(printf "%'d" "$VIRT_STORE_MB") MB |"
    echo "| server start-up on the loaded store (process start → first successful SPARQL ASK) | $(printf "%'d" "$LITLOD_START_MS") ms | $(printf "%'d" "$VIRT_START_MS") ms |"
    echo "| server peak RSS (VmHWM at the end of the run) | $(printf "%'d" "$LITLOD_RSS_MB") MB (of which file-backed pages at the end: $(printf "%'d" "$LITLOD_PAGES") MB) | $(printf "%'d" "$VIRT_RSS_MB") MB |"
    echo "| memory budget | -Xmx${MEM_GB}g (TDB2's mapped files come on top, in the page cache) | NumberOfBuffers $(( MEM_GB * 85000 )) / MaxDirtyBuffers $(( MEM_GB * 62500 )) (≈ ${MEM_GB} GB) |"
    echo
    echo "litlod loader: $LITLOD_LOAD_SUMMARY"
    echo
    echo "litlod request threads still evaluating a property path when the run ended: $RUNAWAY."
    echo
    echo "#### Query mix"
    echo
    cat "$WORK/tables.md"
    echo "<!-- query:generated:end -->"
} > "$WORK/generated.md"
if [[ -f $RESULTS ]] && grep -q 'query:generated:begin' "$RESULTS"; then
    awk -v gen="$WORK/generated.md" '
        /query:generated:begin/ { while ((getline l < gen) > 0) print l; skip = 1; next }
        /query:generated:end/ { skip = 0; next }
        !skip { print }' "$RESULTS" > "$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
else
    { echo "# Query-mix benchmark: litlod vs Virtuoso 7"; echo; cat "$WORK/generated.md"; } > "$RESULTS"
fi
log "results: $RESULTS (raw rows: $WORK/results.tsv)"
if [[ $KEEP != 1 ]]; then
    rm -rf "${WORK:?}/corpus" "$WORK/db" "$VDB" "$WORK/nq" "$WORK"/*.done
fi
