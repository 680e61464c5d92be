package org.litlod.tag.dict;

import java.util.regex.Pattern;
import org.litlod.model.EntityType;

/**
 * Which names must match case-sensitively, and which gene names are too word-like to use at
 * all. Symbols ("ALK", "MET", "ROS1", "NSCLC", "CD246") match only as written, so that "met"
 * and "kit" in running text are not genes; one-letter prefixed forms ("c-Met", "C-Kit") match
 * in any case and without the hyphen.
 */
public final class CaseRule {

    private static final Pattern PREFIXED = Pattern.compile("[cCvV]-[A-Za-z][A-Za-z0-9-]*");

    private CaseRule() {
    }

    /** Whether {@code name} (normalised, original case {@code cased}) must match exactly. */
    public static boolean caseSensitive(String name, String cased, EntityType type) {
        if (PREFIXED.matcher(name).matches()) {
            return false;
        }
        boolean innerUpper = false;
        boolean lower = false;
        for (int i = 0; i < cased.length(); i++) {
            char c = cased.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                innerUpper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            }
        }
        if (!innerUpper) {
            return type == EntityType.GENE && !name.contains(" ") && cased.length() <= 4
                    && Character.isUpperCase(cased.charAt(0));
        }
        return type == EntityType.GENE && !name.contains(" ") || cased.length() <= 6 || !lower;
    }

    /**
     * Whether a gene name reads as an ordinary word and is left out: a non-primary name of
     * lower-case letters only ("tau"), a capitalised short word ("Ros"), or anything of two
     * characters or fewer that is not an official symbol with a digit.
     */
    public static boolean wordLikeGeneName(String name, String cased, boolean primary) {
        if (PREFIXED.matcher(name).matches()) {
            return false;
        }
        if (cased.length() <= 2) {
            return !(primary && cased.chars().anyMatch(Character::isDigit));
        }
        if (name.contains(" ")) {
            return false;
        }
        boolean allLowerLetters = true;
        for (int i = 0; i < cased.length(); i++) {
            char c = cased.charAt(i);
            if (!(Character.isLetter(c) && (Character.isLowerCase(c) || i == 0))) {
                allLowerLetters = false;
                break;
            }
        }
        if (!allLowerLetters) {
            return false;
        }
        return !primary || Character.isLowerCase(cased.charAt(0)) || cased.length() <= 5;
    }
}
