#!/usr/bin/env bash
# One large point of the scale curve, run with the commands a user runs:
#   1. litlod generate --format pubmed --count N --seed 42
#   2. litlod load --bulk, under /usr/bin/time -v (wall time, peak RSS) with a GC log (the live
#      heap is the most heap in use right after a collection), the store's size sampled every
#      10 s (its largest size while loading); its progress lines and final report are kept in
#      $WORK/load.err and $WORK/load.out
#   3. litlod serve on the loaded store, then the query mix of bench/query (QueryMixBench pick and
#      run, litlod alone: no Virtuoso) at each client count
# Each step leaves a .done mark, so a rerun with the same WORK picks up where the last one ended.
# Results: $WORK/summary.txt (the figures of steps 1 and 2) and $WORK/tables.md (step 3).
#
# Usage: bench/scale/big.sh N
# Env:   WORK (default /tmp/litlod-big/N), HEAP (default 4g: load and serve), CLIENTS ("1 4 16"),
#        WARMUP (10), MEASURE (30), PREWARM (60) seconds, PORT (18031, loopback),
#        LITLOD_BUILD (default /tmp/build-big), MVN_OFFLINE (default -o),
#        LOAD_OPTS (more options of load --bulk, e.g. "--mention-detail document")
# Needs: the disk for the store, about 110 kB per abstract at the default mention detail.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:?usage: bench/scale/big.sh N}
WORK=${WORK:-/tmp/litlod-big/$N}
HEAP=${HEAP:-4g}
CLIENTS=${CLIENTS:-"1 4 16"}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
PREWARM=${PREWARM:-60}
PORT=${PORT:-18031}
BUILD=${LITLOD_BUILD:-/tmp/build-big}
LOAD_OPTS=${LOAD_OPTS:-}
BASE=http://localhost:3030/
log() { echo "big: $*" >&2; }
mkdir -p "$WORK"

source bench/build.sh
bench_build "$BUILD"

if [[ ! -f $WORK/generate.done ]]; then
    rm -rf "$WORK/in"
    log "generating $N PubMed abstracts"
    java -jar "$JAR" generate --format pubmed --count "$N" --seed 42 --out "$WORK/in" >&2
    touch "$WORK/generate.done"
fi

if [[ ! -f $WORK/load.done ]]; then
    rm -rf "$WORK/db"
    log "load --bulk (progress in $WORK/load.err)"
    date -u +%FT%TZ > "$WORK/load.start"
    (while sleep 10; do du -sm "$WORK/db" 2>/dev/null | cut -f1; done) > "$WORK/store-sizes.txt" &
    SAMPLER=$!
    # shellcheck disable=SC2086 # LOAD_OPTS holds several options
    /usr/bin/time -v -o "$WORK/load.time" java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" \
        load --bulk $LOAD_OPTS --db "$WORK/db" "$WORK/in" > "$WORK/load.out" 2> "$WORK/load.err"
    kill "$SAMPLER"
    touch "$WORK/load.done"
fi
{
    echo "N=$N"
    echo "command=java -Xmx$HEAP -jar litlod.jar load --bulk${LOAD_OPTS:+ $LOAD_OPTS} --db DB IN"
    echo "wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/load.time")"
    echo "peak_rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$WORK/load.time")"
    # G1 lines end "… 1234M->456M(4096M) 12.345ms", the heap before and after the pause. After a
    # marking cycle, mixed collections also empty old regions: the lowest heap after the mixed
    # collections of one cycle is close to the live heap then; the largest of these over the run
    # is reported (and, for comparison, the largest heap after any pause, garbage included).
    echo "live_heap_mb=$(python3 - "$WORK/gc.log" <<'PY'
import re, sys
best, low = 0, None
for line in open(sys.argv[1]):
    m = re.search(r"(\d+)M->(\d+)M\(", line)
    if "(Mixed)" in line and m:
        low = int(m.group(2)) if low is None else min(low, int(m.group(2)))
    elif "Concurrent Start" in line and low is not None:
        best, low = max(best, low), None
print(max(best, low or 0))
PY
)"
    echo "heap_after_any_pause_max_mb=$(grep -o -- '->[0-9]*M' "$WORK/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)"
    echo "input_mb=$(du -sm "$WORK/in" | cut -f1)"
    echo "store_mb=$(du -sm "$WORK/db" | cut -f1)"
    echo "largest_store_while_loading_mb=$(sort -n "$WORK/store-sizes.txt" | tail -1)"
    echo "report=$(grep -v 'bulk: ' "$WORK/load.err" | tail -2 | tr '\n' ' ')"
    echo "last_progress=$(grep 'bulk: ' "$WORK/load.err" | tail -1)"
} > "$WORK/summary.txt"
cat "$WORK/summary.txt" >&2

if [[ ! -f $WORK/query.done ]]; then
    SPARQL=http://127.0.0.1:$PORT/papers/sparql
    mkdir -p "$WORK/empty-seeds"
    java -Xmx"$HEAP" -jar "$JAR" serve --db "$WORK/db" --port "$PORT" --base "$BASE" \
        --seeds "$WORK/empty-seeds" --localhost > "$WORK/serve.log" 2>&1 &
    PID=$!
    trap 'kill $PID 2>/dev/null || true' EXIT
    until curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "$SPARQL"; do
        kill -0 "$PID" 2>/dev/null || { log "the server died; see $WORK/serve.log"; exit 1; }
        sleep 0.5
    done
    log "picking the workload"
    java -Xmx1g -cp "$CP" org.litlod.bench.QueryMixBench pick --endpoint "$SPARQL" --catalogue ontology/queries \
        --params bench/query/picks.tsv --count 200 --seed 42 --out "$WORK/workload.tsv"
    log "running the query mix at ${CLIENTS// /, } clients"
    java -Xmx2g -cp "$CP" org.litlod.bench.QueryMixBench run --workload "$WORK/workload.tsv" \
        --litlod "$SPARQL" "http://127.0.0.1:$PORT" --base "$BASE" --clients "${CLIENTS// /,}" \
        --warmup "$WARMUP" --measure "$MEASURE" --prewarm "$PREWARM" --separate 06-genes-with-uniprot-join-keys \
        --seed 42 --out "$WORK/results.tsv" --markdown "$WORK/tables.md"
    echo "server_peak_rss_mb=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$PID/status")" >> "$WORK/summary.txt"
    touch "$WORK/query.done"
fi
cat "$WORK/tables.md"
