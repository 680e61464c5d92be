#!/usr/bin/env bash
# Crash safety: kills `litlod load` (SIGKILL) KILLS times at random moments while it loads 30
# documents, and checks after each kill that every stored graph is whole and the store answers.
# Writes the figures to bench/reliability/CRASH-RESULTS.md.
#
# Usage: bench/reliability/crash.sh [KILLS=24]
# Environment: LITLOD_BUILD (build directory, default /tmp/build-bench); LITLOD_CRASH_TAGGING
# (true by default: the loads tag, as `litlod load` does; false loads faster).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${LITLOD_BUILD:-/tmp/build-bench}
KILLS=${1:-24}
OUT="$PWD/bench/reliability/CRASH-RESULTS.md"
mvn -q -B -Dlitlod.build="$BUILD" -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlitlod.crash.kills="$KILLS" -Dlitlod.crash.tagging="${LITLOD_CRASH_TAGGING:-true}" \
    -Dlitlod.crash.report="$OUT.tmp" test
{ echo "# Crash safety"; echo; echo "- date: $(date -u +%FT%TZ)"
  echo "- machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
  echo "- command: \`bench/reliability/crash.sh $KILLS\`"; echo; cat "$OUT.tmp"; } > "$OUT"
rm -f "$OUT.tmp"
cat "$OUT"
