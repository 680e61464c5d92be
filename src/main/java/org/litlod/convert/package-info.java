/**
 * Input formats and their converters. Each format has one {@link org.litlod.convert.DocumentConverter}
 * in its own sub-package, registered with a {@link org.litlod.convert.Format} in the
 * {@link org.litlod.convert.ConverterRegistry}. Formats are detected from content, never from file
 * names. Converters produce the neutral model and never build triples.
 */
package org.litlod.convert;
