/**
 * The neutral document model: immutable records that every input-format converter produces and
 * that the tagger and the RDF mapper consume. Nothing here knows about RDF, files or formats.
 *
 * <p>Optional scalar fields are {@code null} when the source does not give them; list fields are
 * never {@code null} (empty instead).
 */
package org.litlod.model;
