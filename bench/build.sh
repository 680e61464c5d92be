# Sourced by the bench scripts that run litlod's jar and its benchmark classes:
#   bench_build DIR   packages litlod and compiles its tests into the Maven build directory DIR
#                     (-Dlitlod.build), then sets JAR (the runnable jar) and CP (test classes,
#                     classes and every dependency, test scope included).
# Maven runs offline unless MVN_OFFLINE is set to "" (default -o).
bench_build() {
    local build=$1 offline=${MVN_OFFLINE--o}
    mvn -q -B $offline -Dlitlod.build="$build" -DskipTests package
    mvn -q -B $offline -Dlitlod.build="$build" -DskipTests test-compile
    mvn -q -B $offline -Dlitlod.build="$build" dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$build/bench-test-cp.txt" >/dev/null
    JAR=$build/litlod.jar
    CP="$build/test-classes:$build/classes:$(cat "$build/bench-test-cp.txt")"
}
