/**
 * Input formats and their converters. Each format has one {@link org.litlod.convert.DocumentConverter}
 * in its own sub-package, registered with a {@link org.litlod.convert.Format} in the
 * {@link org.litlod.convert.ConverterRegistry}. Formats are detected from content, never from file
 * names. Converters produce the neutral model and never build triples.
 *
 * <p>Errors carry a stable id, the file name and, where it concerns one place, the line:
 * <table>
 * <caption>Conversion error ids</caption>
 * <tr><th>Id</th><th>Meaning</th></tr>
 * <tr><td>LITLOD-CONVERT-001</td><td>no converter accepted the input (the message says, per format, what was missing)</td></tr>
 * <tr><td>LITLOD-CONVERT-002</td><td>the input is empty or blank</td></tr>
 * <tr><td>LITLOD-CONVERT-003</td><td>the input is binary: NUL bytes or not valid UTF-8</td></tr>
 * <tr><td>LITLOD-CONVERT-004</td><td>no converter for the format asked for</td></tr>
 * <tr><td>LITLOD-CONVERT-101</td><td>paper summary: no {@code # } title line</td></tr>
 * <tr><td>LITLOD-CONVERT-102</td><td>paper summary: malformed entity item or identifier ("MONDO:abc", "NCBI Gene -1")</td></tr>
 * <tr><td>LITLOD-CONVERT-103</td><td>paper summary: unknown entity category</td></tr>
 * <tr><td>LITLOD-CONVERT-201</td><td>portal record: no title</td></tr>
 * <tr><td>LITLOD-CONVERT-202</td><td>portal record: unreadable date in the publication state</td></tr>
 * <tr><td>LITLOD-CONVERT-203</td><td>portal record: unreadable citation count</td></tr>
 * <tr><td>LITLOD-CONVERT-301</td><td>web article: no title</td></tr>
 * <tr><td>LITLOD-CONVERT-302</td><td>web article: CAS registry number with a wrong check digit</td></tr>
 * </table>
 */
package org.litlod.convert;
