#!/usr/bin/env bash
# Where the triples of a generated PubMed abstract go, at each mention detail, and what each
# detail costs a bulk load: generates N abstracts (default 1000), converts them with
# `convert --mention-detail D --to nq` and counts the output by part with `litlod stats`, then
# bulk-loads them at each detail and records time and store size. Writes the "Triples per
# abstract" section of BENCHMARKS.md. Needs target/litlod.jar (mvn -q -B -o package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
JAR=${JAR:-target/litlod.jar}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
java -jar "$JAR" generate --format pubmed --count "$N" --seed 1 --out "$WORK/in" >/dev/null 2>&1
for d in full position document; do
  java -jar "$JAR" convert --mention-detail "$d" --to nq "$WORK/in" > "$WORK/$d.nq"
  java -jar "$JAR" stats "$WORK/$d.nq" > "$WORK/$d.md"
  start=$(date +%s.%N)
  java -jar "$JAR" load --bulk --mention-detail "$d" --db "$WORK/db-$d" "$WORK/in" > /dev/null 2>&1
  end=$(date +%s.%N)
  quads=$(java -jar "$JAR" query --db "$WORK/db-$d" --results csv 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' | tail -1 | tr -d '\r')
  echo "$d $(echo "$end - $start" | bc) $(du -sk "$WORK/db-$d" | cut -f1) $quads" >> "$WORK/loads.txt"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$WORK" "$N" BENCHMARKS.md "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import sys, pathlib
work, n, bench, before, after = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = []
for line in (work / "loads.txt").read_text().splitlines():
    d, secs, kb, quads = line.split()
    rows.append(f"| `{d}` | {int(quads) / n:.1f} | {float(secs):.1f} s | {float(secs) * 1000 / n:.1f} ms | {int(kb) / 1024:.1f} MB | {int(kb) / n:.1f} kB |")
tables = "\n".join(f"`--mention-detail {d}`:\n\n" + (work / f"{d}.md").read_text().strip() + "\n"
                   for d in ("full", "position", "document"))
section = f"""<!-- triples:begin -->
### Measured by `bench/triples.sh {n}`

{n} abstracts from `generate --format pubmed --count {n} --seed 1`, converted with
`convert --mention-detail D --to nq` and counted with `litlod stats` (the shared graph of entity
descriptions is written once per conversion, so its triples are spread over the {n} papers):

{tables}
Bulk loads of the same abstracts (`load --bulk --mention-detail D`, new store; quads counted in the
store; time is wall clock of the whole command, JVM start and tagger compilation included):

| detail | quads per abstract in the store | load time | per abstract | store on disk (`du`) | per abstract |
|---|---:|---:|---:|---:|---:|
{chr(10).join(rows)}

Load average {before} before, {after} after (other builds share the 2-core machine).
<!-- triples:end -->
"""
sys.path.insert(0, "bench")
import benchmarks_section
benchmarks_section.write(bench, "triples", section)
PY
echo "bench/triples.sh: wrote the triples section of BENCHMARKS.md"
