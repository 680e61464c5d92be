package org.litlod.reliability;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz targets of {@link ConverterFuzzTest} driven by a seeded random source instead of
 * Jazzer, so that every build tries the same {@value #PER_CONVERTER} mutated inputs per converter
 * ({@value #PIPELINE} through the whole pipeline) and every registered format, the XML ones too,
 * gets its share. {@code -Dlitlod.fuzz.inputs=N} tries N per converter.
 */
class SeededMutationFuzzTest {
    static final int PER_CONVERTER = 1000;
    static final int PIPELINE = 200;
    private static final List<byte[]> CORPUS = FuzzInputs.corpus();

    @TestFactory
    Stream<DynamicTest> noConverterCrashes() {
        int n = Integer.getInteger("litlod.fuzz.inputs", PER_CONVERTER);
        return FuzzTargets.formats().stream().map(format -> DynamicTest.dynamicTest(format, () -> {
            Random random = new Random(format.hashCode());
            for (int i = 0; i < n; i++) {
                byte[] input = FuzzInputs.make(CORPUS, choices(random));
                try {
                    FuzzTargets.convert(format, input);
                } catch (Throwable t) {
                    throw new AssertionError(format + " input " + i + " crashed: " + t, t);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> thePipelineDoesNotCrash() {
        return Stream.of(DynamicTest.dynamicTest("registry + mapper + shapes", () -> {
            Random random = new Random(7);
            int n = Integer.getInteger("litlod.fuzz.inputs", PER_CONVERTER) * PIPELINE / PER_CONVERTER;
            for (int i = 0; i < n; i++) {
                byte[] input = FuzzInputs.make(CORPUS, choices(random));
                try {
                    FuzzTargets.publish(input);
                } catch (Throwable t) {
                    throw new AssertionError("pipeline input " + i + " crashed: " + t, t);
                }
            }
        }));
    }

    private static FuzzInputs.Choices choices(Random r) {
        return new FuzzInputs.Choices() {
            @Override
            public int pick(int min, int max) {
                return min + r.nextInt(max - min + 1);
            }

            @Override
            public byte[] bytes(int max) {
                byte[] b = new byte[r.nextInt(max + 1)];
                r.nextBytes(b);
                return b;
            }
        };
    }
}
