#!/usr/bin/env bash
# Pipeline stages benchmark: microseconds per document of each stage of the bulk pipeline
# (convert, tag, map, SHACL check) on one thread, JMH (PipelineStagesBenchmark), written to the
# "Pipeline stages" section of BENCHMARKS.md.
#
# Usage: bench/stages.sh
# Environment: LITLOD_BUILD (build directory, default /tmp/build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${LITLOD_BUILD:-/tmp/build-bench}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

mvn -q -B -Dlitlod.build="$BUILD" -DskipTests test-compile
mvn -q -B -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-cp.txt")"
java -cp "$CP" org.openjdk.jmh.Main 'org.litlod.bench.PipelineStagesBenchmark' -rf json -rff "$BUILD/stages-jmh.json"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$BUILD/stages-jmh.json" BENCHMARKS.md "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import json, platform, subprocess, sys
runs = json.load(open(sys.argv[1]))
rows, total = [], 0.0
for r in runs:
    stage = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    total += m["score"]
    rows.append(f"| {stage} | {m['score']:.0f} ± {m['scoreError']:.0f} |")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
section = f"""<!-- stages:begin -->
## Pipeline stages

`bench/stages.sh` — JMH `org.litlod.bench.PipelineStagesBenchmark` (1 fork, 4×2 s warm-up, 5×2 s
measurement, 1 thread): each stage of the bulk pipeline on 500 generated PubMed abstracts (seed
42, as in the scale benchmark), each stage fed the output of the one before. Microseconds per
document (99.9% confidence interval).

| stage | µs per document |
|---|---|
{chr(10).join(rows)}
| **sum** | **{total:.0f}** (≈ {1e6 / total:.0f} documents per second per core) |

Machine: {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; {java}; load average {sys.argv[3]} before, {sys.argv[4]} after.
<!-- stages:end -->"""
sys.path.insert(0, "bench")
import benchmarks_section
benchmarks_section.write(sys.argv[2], "stages", section, before="scale")
print(section)
PY
