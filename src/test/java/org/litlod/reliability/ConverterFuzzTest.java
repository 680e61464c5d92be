package org.litlod.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Jazzer fuzz tests, one per converter and one over the whole pipeline through the registry. They
 * run only when {@code JAZZER_FUZZ} is set: in regression mode Jazzer installs its agent in the
 * shared test JVM, which then prints a line on stderr for each class it instruments and would
 * disturb the tests that check stderr; the same targets run in every build through
 * {@link SeededMutationFuzzTest}. To fuzz for real, one test at a time, for 60 seconds each
 * (bench/reliability/fuzz.sh runs them all):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -Dtest='ConverterFuzzTest#summary' -Dsurefire.failIfNoSpecifiedTests=false test
 * </pre>
 *
 * <p>An input is built from the seed corpus by edits the fuzzer chooses ({@link FuzzInputs}), or
 * is raw bytes; see {@link FuzzTargets} for what counts as a crash.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class ConverterFuzzTest {
    private static final List<byte[]> CORPUS = FuzzInputs.corpus();

    @FuzzTest(maxDuration = "60s")
    void summary(FuzzedDataProvider data) {
        FuzzTargets.convert("paper-summary", input(data));
    }

    @FuzzTest(maxDuration = "60s")
    void portal(FuzzedDataProvider data) {
        FuzzTargets.convert("portal-record", input(data));
    }

    @FuzzTest(maxDuration = "60s")
    void webArticle(FuzzedDataProvider data) {
        FuzzTargets.convert("web-article", input(data));
    }

    @FuzzTest(maxDuration = "60s")
    void pipeline(FuzzedDataProvider data) {
        FuzzTargets.publish(input(data));
    }

    private static byte[] input(FuzzedDataProvider data) {
        return FuzzInputs.make(CORPUS, new FuzzInputs.Choices() {
            @Override
            public int pick(int min, int max) {
                return data.consumeInt(min, max);
            }

            @Override
            public byte[] bytes(int max) {
                return data.consumeBytes(max);
            }
        });
    }
}
