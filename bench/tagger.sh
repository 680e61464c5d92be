#!/usr/bin/env bash
# Tagger benchmark: lexicon load time, heap and throughput per CPU-second (TaggerLoadProbe),
# then tagging throughput on one thread (JMH, TaggerBenchmark), written to the "Tagger" section
# of BENCHMARKS.md.
#
# Usage: bench/tagger.sh [compiled-lexicon-index-file]
#   without an argument, the default lexicon shipped with litlod.
# Environment: LITLOD_BUILD (build directory, default /tmp/build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${LITLOD_BUILD:-/tmp/build-bench}
LEX=${1:-}
SHARED="$(cd .. && pwd)/shared"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

mvn -q -B -Dlitlod.build="$BUILD" -DskipTests test-compile
mvn -q -B -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-cp.txt")"
PROPS="-Dlitlod.shared=$SHARED"
if [ -n "$LEX" ]; then PROPS="$PROPS -Dlitlod.lexicon=$(realpath "$LEX")"; fi

# shellcheck disable=SC2086
java -Xmx512m $PROPS -cp "$CP" org.litlod.bench.TaggerLoadProbe | tee "$BUILD/tagger-probe.txt"
# shellcheck disable=SC2086
java $PROPS -cp "$CP" org.openjdk.jmh.Main 'org.litlod.bench.TaggerBenchmark' \
    -jvmArgsAppend "$PROPS" -rf json -rff "$BUILD/tagger-jmh.json"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$BUILD/tagger-probe.txt" "$BUILD/tagger-jmh.json" BENCHMARKS.md "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import json, os, platform, subprocess, sys
probe = dict(l.strip().split("=", 1) for l in open(sys.argv[1]) if "=" in l)
run = json.load(open(sys.argv[2]))[0]
ops, err = run["primaryMetric"]["score"], run["primaryMetric"]["scoreError"]
iters = [v for fork in run["primaryMetric"]["rawData"] for v in fork]
mb = int(probe["corpusBytes"]) / 1e6
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
section = f"""<!-- tagger:begin -->
## Tagger

`bench/tagger.sh` — the probe runs with `-Xmx512m` (lexicon and tagger fit in it); JMH `org.litlod.bench.TaggerBenchmark` (1 fork, 5×2 s warm-up, 5×2 s measurement, 1 thread = 1 core)
tags the titles and abstracts of the CDR sample ({probe['corpusDocs']} documents, {int(probe['corpusBytes']):,} bytes of UTF-8 text)
per operation: normalisation, automaton scan, abbreviations, variants, merging.

| Measure | Value |
|---|---|
| Lexicon | {probe['lexicon']} |
| Concepts / distinct normalised names in the automaton | {int(probe['concepts']):,} / {int(probe['keys']):,} |
| Lexicon obtained (the shipped default, or read from the given index) | {int(probe['lexiconObtainMs']):,} ms |
| Lexicon index file: size / load time | {int(probe['indexBytes']) / 1e6:.1f} MB / {probe['indexLoadMs']} ms |
| Tagger build (normalise names, compile automaton) | {int(probe['taggerBuildMs']):,} ms |
| Tagger build, its compiled dictionary then kept in a cache folder (`DictionaryCache`): file size / time | {int(probe['keptBytes']) / 1e6:.1f} MB / {int(probe['taggerKeepMs']):,} ms |
| **Tagger build, its dictionary read back from the cache** (every run after the first) | **{int(probe['taggerReadMs']):,} ms** |
| Heap in use after GC: lexicon loaded / added by the tagger | {probe['heapLexiconMB']} MB / {probe['heapTaggerMB']} MB |
| Most heap in use after a GC while the tagger was built (sampled every 200 ms; heap limit) | {probe['heapBuildPeakMB']} MB (of {probe['heapMaxMB']} MB) |
| The same while it was built and kept / built from the cache | {probe['heapKeepPeakMB']} MB / {probe['heapReadPeakMB']} MB |
| Throughput | {ops:.1f} ± {err:.1f} corpus/s |
| Text per second per core, JMH wall clock | {ops * mb:.1f} MB/s (iterations: {", ".join(f"{v * mb:.1f}" for v in iters)} MB/s) |
| **Text per CPU-second of the tagging thread** (8 s after 8 s warm-up) | **{probe['cpuMBps']} MB/s** (wall clock in the same run: {probe['wallMBps']} MB/s) |
| Text per CPU-second of the whole JVM (tagging thread plus GC and JIT threads) | {probe['processCpuMBps']} MB/s |

Machine: {cpu}, {os.cpu_count()} cores; {java}; load average {sys.argv[4]} before, {sys.argv[5]} after
(other builds share the machine: wall-clock figures fall with the load, CPU-time ones much less).
<!-- tagger:end -->
"""
sys.path.insert(0, "bench")
import benchmarks_section
benchmarks_section.write(sys.argv[3], "tagger", section)
print(f"{ops * mb:.1f} MB/s per core (wall clock), {probe['cpuMBps']} MB per CPU-second")
PY
