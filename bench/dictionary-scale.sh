#!/usr/bin/env bash
# Dictionary at full-release scale: builds the tagger over a synthetic lexicon of about
# 1.2 million names (DictionaryScaleProbe) and prints build time, retained heap, keys, states
# and throughput on the CDR sample.
#
# Usage: bench/dictionary-scale.sh [max-heap, default 1g] [species genera genes others]
# Environment: LITLOD_BUILD (build directory, default /tmp/build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${LITLOD_BUILD:-/tmp/build-bench}
HEAP=${1:-1g}
shift || true
mvn -q -B -Dlitlod.build="$BUILD" -DskipTests test-compile
mvn -q -B -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$BUILD/bench-cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-cp.txt")"
java -Xmx"$HEAP" -Dlitlod.shared="$(cd .. && pwd)/shared" -cp "$CP" org.litlod.bench.DictionaryScaleProbe "$@"
