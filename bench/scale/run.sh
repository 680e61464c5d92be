#!/usr/bin/env bash
# Scale benchmark of litlod: for each N, generate N PubMed-XML documents, then time
#   1. convert+tag+map+SHACL on all cores, no store       (ScaleBench convert)
#   2. litlod's bulk load into a new TDB2 store             (ScaleBench bulk = BulkLoad)
#      (four quad indexes), and the same into an empty store with TDB2's six  (ScaleBench bulk-six)
#   3. TDB2's loader alone on the same quads: the store of step 2 dumped to N-Quads (not timed),
#      then Jena's own command `tdb2.tdbloader --loader=parallel` (jena-cmds, on litlod's classpath),
#      which builds TDB2's six (its parallel loader cannot build four)
# each in its own JVM under /usr/bin/time -v (peak RSS). Results: bench/scale/results-N.txt
# and one table row per N on stdout. Before them, the default tagger is built once (step
# `dictionary`, its time on stderr): every step then reads the compiled dictionary from the
# cache ($LITLOD_CACHE, as a user's second run does) rather than the first paying for compiling it.
#
# Usage: bench/scale/run.sh [N ...]   (default: 1000 10000)
# Env:   FORMAT (default pubmed), WORK (default /tmp/litlod-scale), BUILD (default /tmp/build-scale),
#        HEAP (default 4g), REPS (default 1: steps 1-3 run REPS times on the same documents, one
#        row each, so the spread shows; the documents are generated and dumped once)
set -euo pipefail
cd "$(dirname "$0")/../.."
FORMAT=${FORMAT:-pubmed}
WORK=${WORK:-/tmp/litlod-scale}
BUILD=${BUILD:-/tmp/build-scale}
HEAP=${HEAP:-4g}
REPS=${REPS:-1}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

mvn -q -B -Dstyle.color=never -Dlitlod.build="$BUILD" -DskipTests test-compile
mvn -q -B -Dstyle.color=never -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.outputFile="$BUILD/cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/cp.txt")"

step() { # name, args...: runs one ScaleBench step, prints its result line, "live_heap_mb=…" and "rss_kb=…"
  local log="$WORK/$1.time"; shift
  /usr/bin/time -v -o "$log" java -Xmx"$HEAP" -cp "$CP" org.litlod.bench.ScaleBench "$@" 2>>"$WORK/stderr.log" | grep -E '^(step|live_heap_mb)=' 
  echo "rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
}
tdbloader() { # DB, NQ: Jena's tdb2.tdbloader alone, timed in the same way
  local log="$WORK/tdbloader.time" t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$log" java -Xmx"$HEAP" -cp "$CP" tdb2.tdbloader --loader=parallel --loc "$1" "$2" >>"$WORK/stderr.log" 2>&1
  t1=$(date +%s.%N)
  echo "step=tdbloader seconds=$(echo "$t1 - $t0" | bc -l | xargs printf '%.2f')"
  echo "rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
}
val() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {print $2}'; }

mkdir -p "$WORK"
step dictionary dictionary | grep "^step=" >&2

printf '| N | rep | docs | triples | convert+tag docs/s | convert+tag triples/s | pipeline s | pipeline triples/s | tdbloader s | tdbloader triples/s | ratio | pipeline s, six indexes | ratio, six indexes | peak RSS convert / bulk / tdbloader (MB) | live heap convert / bulk (MB) | store MB | store MB per M triples | store MB, six indexes |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for N in "${SIZES[@]}"; do
  rm -rf "$WORK/$N"; mkdir -p "$WORK/$N"
  W="$WORK/$N"
  WORK="$W" step generate generate "$W/in" "$FORMAT" "$N" 42 >/dev/null
  : >"$W/results.txt"
  for ((rep = 1; rep <= REPS; rep++)); do
    rm -rf "$W/db" "$W/db-six" "$W/db-tdbloader"
    C=$(WORK="$W" step convert convert "$W/in" | tr '\n' ' '); echo "rep=$rep $C" >>"$W/results.txt"
    B=$(WORK="$W" step bulk bulk "$W/in" "$W/db" | tr '\n' ' '); echo "rep=$rep $B" >>"$W/results.txt"
    S=$(WORK="$W" step bulk-six bulk-six "$W/in" "$W/db-six" | tr '\n' ' '); echo "rep=$rep six $S" >>"$W/results.txt"
    six_kb=$(du -sk "$W/db-six" | cut -f1)
    [ -f "$W/all.nq.gz" ] || WORK="$W" step dump dump "$W/db" "$W/all.nq.gz" >/dev/null
    T=$(WORK="$W" tdbloader "$W/db-tdbloader" "$W/all.nq.gz" | tr '\n' ' '); echo "rep=$rep $T" >>"$W/results.txt"
    docs=$(val "$C" docs); triples=$(val "$C" triples)
    bs=$(val "$B" seconds); ts=$(val "$T" seconds); ss=$(val "$S" seconds)
    store_kb=$(du -sk "$W/db" | cut -f1)
    awk -v n="$N" -v rep="$rep" -v d="$docs" -v t="$triples" -v cd="$(val "$C" docs_per_s)" -v ct="$(val "$C" triples_per_s)" \
        -v bs="$bs" -v ts="$ts" -v r1="$(val "$C" rss_kb)" -v r2="$(val "$B" rss_kb)" -v r3="$(val "$T" rss_kb)" \
        -v h1="$(val "$C" live_heap_mb)" -v h2="$(val "$B" live_heap_mb)" \
        -v skb="$store_kb" -v ss="$ss" -v sixkb="$six_kb" 'BEGIN { printf "| %d | %d | %d | %d | %s | %s | %.1f | %.0f | %.1f | %.0f | %.2f | %.1f | %.2f | %d / %d / %d | %d / %d | %.0f | %.0f | %.0f |\n",
          n, rep, d, t, cd, ct, bs, t/bs, ts, t/ts, bs/ts, ss, ss/ts, r1/1024, r2/1024, r3/1024, h1, h2, skb/1024, skb/1024/(t/1e6), sixkb/1024 }'
  done
done
