#!/usr/bin/env bash
# Data version benchmark (issue 15, point 4): loading 100 new documents into a large store should
# cost about what it costs into an empty one, now that the data version follows from what a write
# changed instead of from reading every quad.
#   1. generate N PubMed abstracts (seed 42) and load them with `load --bulk` into a new store
#   2. three times: write 100 further abstracts (documents N.., one file each), time `load` of them
#      into a new empty store and into the large one, then time the data version after a restart
#      (VersionBench version: what a server computes for its first ETag) and, in the last round, for
#      comparison, the reading of every quad that the data version cost before (after every write
#      and every start)
#   3. optionally, with BEFORE_JAR set to a litlod.jar built before this change, the data version
#      of the large store after a restart with that code
# Results go to the "Data version" section of BENCHMARKS.md.
#
# Usage: bench/version/run.sh [N=50000]
# Env:   WORK (default /tmp/litlod-version), LITLOD_BUILD (default /tmp/build-version), HEAP (default 4g),
#        BEFORE_JAR (optional)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-50000}
WORK=${WORK:-/tmp/litlod-version}
BUILD=${LITLOD_BUILD:-/tmp/build-version}
HEAP=${HEAP:-4g}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

mvn -q -B -Dlitlod.build="$BUILD" -DskipTests package
mvn -q -B -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-cp.txt" >/dev/null
JAR="$BUILD/litlod.jar"
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-cp.txt")"
rm -rf "$WORK"; mkdir -p "$WORK"

timed() { # LOG, command...: runs it under /usr/bin/time, prints "seconds rss_mb"
  local log=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1
  t1=$(date +%s.%N)
  printf '%.1f %d\n' "$(echo "$t1 - $t0" | bc -l)" "$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$log.time")"
}
val() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k {print $2}'; }

java -jar "$JAR" generate --format pubmed --count "$N" --seed 42 --out "$WORK/corpus" >/dev/null
read -r BULK_S BULK_RSS < <(timed "$WORK/bulk.log" java -Xmx"$HEAP" -jar "$JAR" load --bulk --db "$WORK/big" "$WORK/corpus")
rm -rf "$WORK/corpus"
BIG_MB=$(du -sm "$WORK/big" | cut -f1)

ROWS=""
for round in 1 2 3; do
  FROM=$((N + (round - 1) * 100))
  java -cp "$CP" org.litlod.bench.VersionBench batch "$WORK/new-$round" pubmed "$FROM" 100 42 >/dev/null
  rm -rf "$WORK/empty"
  for target in empty big; do
    read -r S RSS < <(timed "$WORK/load-$target-$round.log" java -Xmx"$HEAP" -jar "$JAR" load --compact-factor 0 \
        --db "$WORK/$target" "$WORK/new-$round")
    SCAN=""; [ "$round" = 3 ] && SCAN=scan
    V=$(java -Xmx"$HEAP" -cp "$CP" org.litlod.bench.VersionBench version "$WORK/$target" $SCAN 2>/dev/null | grep '^step=')
    ROWS+="| $round | $target | $(val "$V" quads) | $S | $RSS | $(val "$V" version_ms) | $(val "$V" scan_ms) |"$'\n'
  done
done
BEFORE=""
if [ -n "${BEFORE_JAR:-}" ]; then
  V=$(java -Xmx"$HEAP" -cp "$BUILD/test-classes:$BEFORE_JAR" org.litlod.bench.VersionBench version "$WORK/big" 2>/dev/null | grep '^step=')
  BEFORE="The same data version after a restart with the code before this change (\`BEFORE_JAR\`, StoreVersion reading every quad): **$(val "$V" version_ms) ms** on the large store."
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - BENCHMARKS.md <<PY
import sys
section = """<!-- version:begin -->
## Data version: loading 100 documents into a large store

Issue 15.4. Before, \`StoreVersion\` read and hashed every quad of the store after each write
and at each start, so the first request after a load (its ETag, Last-Modified) cost the size of
the whole store. Now each write brings a kept record up to date from the graphs it changes
(\`VersionRecord\` in the database's \`Data-NNNN\` folder, checked against the roots of TDB2's
indexes), so it costs what the write changes; only writes that bypass litlod (SPARQL Update,
TDB2's own loaders) make the next version read every quad, once.

\`bench/version/run.sh $N\`: $N generated PubMed abstracts (seed 42) loaded with
\`load --bulk\` in ${BULK_S} s (peak RSS ${BULK_RSS} MB, \`-Xmx$HEAP\`) into a store of ${BIG_MB} MB
on disk; then three rounds of 100 further abstracts (one file each), loaded with
\`load --compact-factor 0\` (one transaction; no automatic compaction, so that each round
measures the load alone) into a new empty store and into the large one. \"load s\" is
the wall clock of the whole command (JVM start and lexicon included); \"version ms\" is the data
version computed by a restarted process (\`VersionBench version\`, what a server does for its
first ETag); \"reading every quad ms\" (last round only, and the quad count) is what that cost
before this change.

| round | store | quads after | load s | load peak RSS MB | version ms | reading every quad ms |
|---|---|---|---|---|---|---|
${ROWS}
${BEFORE}

Machine: $(nproc) cores, shared with other jobs; load average ${LOAD_BEFORE} before, ${LOAD_AFTER} after.
<!-- version:end -->"""
sys.path.insert(0, "bench")
import benchmarks_section
benchmarks_section.write(sys.argv[1], "version", section)
print(section)
PY
