#!/usr/bin/env bash
# Fuzzes every converter and the whole pipeline with Jazzer, SECONDS each (the time is fixed in
# ConverterFuzzTest's @FuzzTest(maxDuration)), and writes the number of inputs tried and any
# crash to bench/reliability/FUZZ-RESULTS.md. Jazzer writes its generated corpus to
# .cifuzz-corpus/, which this script moves to the build directory afterwards (never commit it), and
# a crashing input to src/test/resources/org/litlod/reliability/ConverterFuzzTestInputs/, where
# it stays as a regression input (empty folders there are removed).
#
# Usage: bench/reliability/fuzz.sh [TEST...]   (default: summary portal webArticle pipeline)
# Environment: LITLOD_BUILD (build directory, default /tmp/build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${LITLOD_BUILD:-/tmp/build-fuzz}
TESTS=${*:-summary portal webArticle pipeline}
OUT="$PWD/bench/reliability/FUZZ-RESULTS.md"
{ echo "# Fuzzing (Jazzer)"; echo; echo "- date: $(date -u +%FT%TZ)"
  echo "- machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
  echo "- command: \`bench/reliability/fuzz.sh\`"; echo
  echo "| fuzz test | inputs tried | coverage (edges) | result |"; echo "|---|---|---|---|"; } > "$OUT"
for t in $TESTS; do
  LOG="$BUILD/fuzz-$t.log"
  mkdir -p "$BUILD"
  if JAZZER_FUZZ=1 mvn -B -Dlitlod.build="$BUILD" -Dtest="ConverterFuzzTest#$t" \
       -Dsurefire.failIfNoSpecifiedTests=false test > "$LOG" 2>&1; then RESULT="no crash"; else RESULT="FAILED: see $LOG"; fi
  DONE=$(grep -aoE '#[0-9]+[[:space:]]+DONE[^$]*' "$LOG" | tail -1 || true)
  RUNS=$(echo "$DONE" | grep -oE '^#[0-9]+' | tr -d '#' || true)
  COV=$(echo "$DONE" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || true)
  echo "| $t | ${RUNS:-?} | ${COV:-?} | $RESULT |" >> "$OUT"
done
cat "$OUT"
rm -rf "$BUILD/cifuzz-corpus" && if [ -d .cifuzz-corpus ]; then mv .cifuzz-corpus "$BUILD/cifuzz-corpus"; fi
if [ -d src/test/resources/org ]; then find src/test/resources/org -type d -empty -delete; fi
