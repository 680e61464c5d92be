#!/usr/bin/env bash
# Times single SPARQL queries against a running endpoint: each query file is sent ROUNDS times,
# the files one after the other within a round (so two versions of one query alternate), as
# `curl` with TSV results; prints one line per request (round, file, rows without the header,
# seconds of wall clock) and then the median per file. A query the server cancels (its
# --query-timeout) comes back without rows.
#
# Usage: bench/query/each.sh ENDPOINT FILE.rq...
#   e.g. bench/query/each.sh http://127.0.0.1:18031/papers/sparql ontology/queries/0*.rq
# Env:   ROUNDS (default 1), TIMEOUT (curl's limit in seconds, default 120)
set -euo pipefail
ENDPOINT=${1:?usage: bench/query/each.sh ENDPOINT FILE.rq...}
shift
[ $# -gt 0 ] || { echo "each.sh: no query files" >&2; exit 2; }
ROUNDS=${ROUNDS:-1}
TIMEOUT=${TIMEOUT:-120}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

for ((round = 1; round <= ROUNDS; round++)); do
    for f in "$@"; do
        t0=$(date +%s.%N)
        lines=$(curl -s -m "$TIMEOUT" -H 'Accept: text/tab-separated-values' --data-urlencode "query@$f" "$ENDPOINT" | wc -l)
        t1=$(date +%s.%N)
        rows=$((lines > 0 ? lines - 1 : 0))
        printf '%d\t%s\t%d\t%.2f\n' "$round" "$f" "$rows" "$(echo "$t1 - $t0" | bc -l)" | tee -a "$OUT"
    done
done
echo "median seconds per file over $ROUNDS round(s):"
sort -t$'\t' -k2,2 -k4,4n "$OUT" | awk -F'\t' '
    { file[NR] = $2; secs[NR] = $4; rows[NR] = $3 }
    END {
        i = 1
        while (i <= NR) {
            j = i; while (j + 1 <= NR && file[j + 1] == file[i]) j++
            m = i + int((j - i) / 2)
            printf "%s\trows %d\tmedian %.2f s\n", file[i], rows[m], secs[m]
            i = j + 1
        }
    }'
