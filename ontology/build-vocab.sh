#!/bin/sh
# Regenerates src/main/java/org/litlod/vocab/LITLOD.java from ontology/litlod.ttl.
# Usage: ontology/build-vocab.sh [extra maven options, e.g. -o -Dlitlod.build=/tmp/b]
set -e
cd "$(dirname "$0")/.."
mvn -q -B compile "$@"
mvn -q -B "$@" org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=org.litlod.vocab.VocabularyWriter \
    -Dexec.args="ontology/litlod.ttl src/main/java/org/litlod/vocab/LITLOD.java"
echo "wrote src/main/java/org/litlod/vocab/LITLOD.java"
