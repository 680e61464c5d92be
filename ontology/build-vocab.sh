#!/bin/sh
# Regenerates src/main/java/org/litlod/vocab/LITLOD.java from ontology/litlod.ttl.
# The writer (org.litlod.vocab.VocabularyWriter) is a build tool in src/build/java, compiled with
# the tests and never shipped; VocabularyTest fails the build when LITLOD.java is stale.
# Usage: ontology/build-vocab.sh [extra maven options, e.g. -o -Dlitlod.build=/tmp/b]
set -e
cd "$(dirname "$0")/.."
mvn -q -B test-compile "$@"
mvn -q -B "$@" org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=org.litlod.vocab.VocabularyWriter \
    -Dexec.classpathScope=test -Dexec.args="ontology/litlod.ttl src/main/java/org/litlod/vocab/LITLOD.java"
echo "wrote src/main/java/org/litlod/vocab/LITLOD.java"
