package org.litlod.tag.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantRecogniserTest {

    private final VariantRecogniser recogniser = new VariantRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L1196M|L1196M|p.Leu1196Met",
        "C1156Y|C1156Y|p.Cys1156Tyr",
        "G1202R|G1202R|p.Gly1202Arg",
        "p.Leu1196Met|p.Leu1196Met|p.Leu1196Met",
        "p.L1196M|p.L1196M|p.Leu1196Met",
        "Leu1196Met|Leu1196Met|p.Leu1196Met",
        "1196 L>M|1196 L>M|p.Leu1196Met",
        "1196L>M|1196L>M|p.Leu1196Met",
        "p.(Leu1196Met)|p.(Leu1196Met)|p.Leu1196Met",
        "R213X|R213X|p.Arg213Ter",
        "p.Arg213*|p.Arg213*|p.Arg213Ter"})
    void normalisesToHgvs(String text, String covered, String hgvs) {
        String sentence = "the " + text + " mutation";
        List<VariantMention> found = recogniser.find(sentence);
        assertEquals(1, found.size(), sentence);
        VariantMention v = found.get(0);
        assertEquals(covered, sentence.substring(v.start(), v.end()));
        assertEquals(hgvs, v.variant().hgvs());
    }

    @Test
    void ignoresNucleotideChangesAndWordsWithDigits() {
        assertEquals(List.of(), recogniser.find("c.35G>A in A549 and K562 cells, PD-L1 and CD246, T315"));
    }

    @Test
    void findsSeveralInOrder() {
        List<String> hgvs = recogniser.find("such as L1196M and C1156Y, impact").stream()
                .map(v -> v.variant().hgvs()).toList();
        assertEquals(List.of("p.Leu1196Met", "p.Cys1156Tyr"), hgvs);
    }
}
