#!/usr/bin/env bash
# Spark local mode against litlod's own bulk conversion, on N generated PubMed-XML documents
# (seed 42, 1,000 per file). Each run in its own JVM (-Xmx$HEAP), timed on the wall clock with
# JVM start and lexicon load included:
#   1. spark   the job jar (spark/target/litlod-spark-job.jar) under spark-submit's main class
#              (org.apache.spark.deploy.SparkSubmit) with --master local[2], on the class path of
#              a Spark installation resolved from Maven Central (spark/spark-runtime/pom.xml):
#              the same as `spark-submit --master local[2]`; it writes the partitions
#   2. bulk    `litlod load --bulk --work DIR` into a new store: conversion on all cores beside
#              TDB2's parallel loader; its report gives "converting and loading" apart from indexing
#   3. convert `ScaleBench convert` (bench/scale): convert, tag, map and SHACL-check on all cores,
#              nothing written
# then checks that the job and the bulk load kept the same partitions (names and outcome records),
# and writes the results between <!-- spark:begin --> and <!-- spark:end --> in BENCHMARKS.md.
#
# Usage: bench/spark/run.sh N      Env: WORK (/tmp/litlod-spark-bench), BUILD (/tmp/build-spark-bench), HEAP (4g)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:?usage: bench/spark/run.sh N}
WORK=${WORK:-/tmp/litlod-spark-bench}
BUILD=${BUILD:-/tmp/build-spark-bench}
HEAP=${HEAP:-4g}
export SPARK_LOCAL_IP=127.0.0.1 # Spark on loopback only
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Build: litlod (installed, for the module), the job jar, the test classes for ScaleBench.
mvn -q -B -Dstyle.color=never -Dlitlod.build="$BUILD" -DskipTests install
mvn -q -B -Dstyle.color=never -Dlitlod.build="$BUILD" test-compile
mvn -q -B -Dstyle.color=never -Dlitlod.build="$BUILD" dependency:build-classpath -Dmdep.outputFile="$BUILD/cp.txt" >/dev/null
mvn -q -B -Dstyle.color=never -f spark/pom.xml -Dspark.build="$BUILD/spark" -DskipTests package
SPARK_VERSION=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' spark/pom.xml)
mvn -q -B -Dstyle.color=never -f spark/spark-runtime/pom.xml -Dspark.version="$SPARK_VERSION" \
  dependency:build-classpath -Dmdep.outputFile="$BUILD/spark-cp.txt" >/dev/null
# the JVM options Spark's launcher adds on Java 17, as spark/pom.xml lists them for the tests
SPARK_OPTS=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/{p;/<\/spark.jvm.options>/q}' spark/pom.xml \
  | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/cp.txt")"

rm -rf "$WORK"; mkdir -p "$WORK"
java -Xmx"$HEAP" -cp "$CP" org.litlod.bench.ScaleBench generate "$WORK/in" pubmed "$N" 42 >/dev/null
FILES=$(ls "$WORK/in" | wc -l)

timed() { # name, command...: runs it (output in $WORK/name.out and .log), sets SECS_name to its wall-clock seconds
  local name=$1 t0 t1; shift
  t0=$(date +%s.%N)
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.log"
  t1=$(date +%s.%N)
  printf -v "SECS_$name" '%.1f' "$(echo "$t1 - $t0" | bc -l)"
}

timed spark java -Xmx"$HEAP" $SPARK_OPTS -cp "$(cat "$BUILD/spark-cp.txt")" \
  org.apache.spark.deploy.SparkSubmit --master 'local[2]' --class org.litlod.spark.ConvertJob \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  "$BUILD/spark/litlod-spark-job.jar" "$WORK/in" "$WORK/spark-out"
timed bulk java -Xmx"$HEAP" -jar "$BUILD/litlod.jar" load --bulk --db "$WORK/db" --work "$WORK/work" "$WORK/in"
timed convert java -Xmx"$HEAP" -cp "$CP" org.litlod.bench.ScaleBench convert "$WORK/in"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

SPARK_LINE=$(grep 'litlod-spark: .* files: ' "$WORK/spark.log")
BULK_LINE=$(grep 'litlod: .* files: ' "$WORK/bulk.log")
CONVERT_LINE=$(grep '^step=convert' "$WORK/convert.out")
DOCS=$(echo "$CONVERT_LINE" | sed 's/.* docs=\([0-9]*\).*/\1/')
SPARK_CONV=$(echo "$SPARK_LINE" | sed 's/.*converting \([0-9.]*\) s.*/\1/')
BULK_CONV=$(echo "$BULK_LINE" | sed 's/.*converting and loading \([0-9.]*\) s.*/\1/')
CONV_CONV=$(echo "$CONVERT_LINE" | sed 's/.* seconds=\([0-9.]*\).*/\1/')
SAME=$( (cd "$WORK/work" && ls) >"$WORK/work.ls"; (cd "$WORK/spark-out" && ls) >"$WORK/spark.ls"
        if cmp -s "$WORK/work.ls" "$WORK/spark.ls" && (cd "$WORK/work" && for f in *.json; do cmp -s "$f" "$WORK/spark-out/$f" || exit 1; done)
        then echo "the same $(grep -c 'nq.gz$' "$WORK/work.ls") partitions, outcome records equal byte for byte"
        else echo "DIFFERENT partitions (see $WORK/work.ls and $WORK/spark.ls)"; fi)
row() { awk -v name="$1" -v wall="$2" -v inner="$3" -v what="$4" -v d="$DOCS" \
  'BEGIN { printf "| %s | %.1f | %.0f | %s | %.1f | %.0f |\n", name, wall, d/wall, what, inner, d/inner }'; }

python3 - BENCHMARKS.md <<PY
import sys
section = """<!-- spark:begin -->
## Spark local mode against the bulk conversion

Issue 15, point 5. \`bench/spark/run.sh $N\`: $N generated PubMed abstracts (seed 42) in $FILES files,
converted, tagged with the default lexicon, mapped and SHACL-checked three ways, each in its own
JVM with \`-Xmx$HEAP\` on this machine's $(nproc) cores:

- **Spark local[2]**: the job jar under \`org.apache.spark.deploy.SparkSubmit --master local[2]\`
  (what \`spark-submit\` runs) on Spark $SPARK_VERSION's class path, one task per file, writing the
  gzipped N-Quads partitions; "inner" is the job's own time from the start of the conversion to the
  last task's report: the driver's pipeline build (lexicon load and tagger, which the tasks share in
  local mode) is in it, the JVM's and Spark's start-up are not;
- **load --bulk --work**: \`litlod load --bulk\` into a new store, keeping the same partitions in its
  work folder while TDB2's parallel loader takes the documents; "inner" is its "converting and
  loading" phase (the lexicon load before it and the indexing after it are not in it);
- **ScaleBench convert**: the core's conversion on all cores, nothing written (step 1 of
  \`bench/scale/run.sh\`); "inner" is its own time from the JVM's start, lexicon load included.

| run | wall s | documents/s (wall) | inner | inner s | documents/s (inner) |
|---|---|---|---|---|---|
$(row "Spark local[2]" "$SECS_spark" "$SPARK_CONV" "tasks")
$(row "load --bulk --work" "$SECS_bulk" "$BULK_CONV" "converting and loading")
$(row "ScaleBench convert" "$SECS_convert" "$CONV_CONV" "conversion")

Spark and the bulk load kept $SAME.
Reports: \`$SPARK_LINE\`; \`$BULK_LINE\`.

Machine: $(nproc) cores, shared with other jobs; load average $LOAD_BEFORE before, $LOAD_AFTER after.
<!-- spark:end -->"""
sys.path.insert(0, "bench")
import benchmarks_section
benchmarks_section.write(sys.argv[1], "spark", section)
print(section)
PY
