#!/usr/bin/env bash
# Load benchmark: serves the seeds on 127.0.0.1 and runs CLIENTS concurrent clients for SECONDS
# (example queries, paper IRIs answering 303, HTML pages, Turtle data) while a new document is
# loaded every second; writes throughput, p50/p99 latency and errors to bench/load/RESULTS.md.
#
# Usage: bench/load/run.sh [CLIENTS=16] [SECONDS=30]
# Environment: LITLOD_BUILD (build directory, default /tmp/build-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${LITLOD_BUILD:-/tmp/build-bench}
CLIENTS=${1:-16}
SECONDS_=${2:-30}
mvn -q -B -Dlitlod.build="$BUILD" -DskipTests test-compile
mvn -q -B -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-cp.txt")"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# bounded: the benchmark stops itself after SECONDS; timeout is a backstop
timeout $((SECONDS_ + 180)) java -Xmx2g -cp "$CP" org.litlod.reliability.LoadBench "$CLIENTS" "$SECONDS_" bench/load/RESULTS.md
echo "- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)" \
    >> bench/load/RESULTS.md
