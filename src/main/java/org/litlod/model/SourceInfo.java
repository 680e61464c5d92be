package org.litlod.model;

import java.time.Instant;

/**
 * Where a document came from: the file as given, the SHA-256 of its bytes, the format detected,
 * the converter that read it and when.
 */
public record SourceInfo(String fileName, String sha256, String format, String converter,
                         String converterVersion, Instant convertedAt) {
    public SourceInfo {
        if (fileName == null || sha256 == null || format == null || converter == null) {
            throw new IllegalArgumentException("source info needs file, hash, format and converter");
        }
    }
}
