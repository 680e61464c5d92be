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
 * <tr><td>LITLOD-CONVERT-301</td><td>web article: no title</td></tr>
 * <tr><td>LITLOD-CONVERT-005</td><td>the input stream could not be read</td></tr>
 * <tr><td>LITLOD-CONVERT-010</td><td>XML that is not well-formed or not UTF-8 (the message gives line and element path)</td></tr>
 * <tr><td>LITLOD-CONVERT-011</td><td>XML whose document type declares entities: external entities (XXE) and entity expansion (billion laughs) are refused</td></tr>
 * <tr><td>LITLOD-CONVERT-012</td><td>XML nested deeper than 200 elements</td></tr>
 * <tr><td>LITLOD-CONVERT-401</td><td>PubMed XML: an article without a title</td></tr>
 * <tr><td>LITLOD-CONVERT-402</td><td>PubMed XML: no articles in the file</td></tr>
 * <tr><td>LITLOD-CONVERT-501</td><td>BioC: a document without a title passage</td></tr>
 * <tr><td>LITLOD-CONVERT-502</td><td>BioC: an offset that is not a number</td></tr>
 * <tr><td>LITLOD-CONVERT-503</td><td>BioC XML: no documents</td></tr>
 * <tr><td>LITLOD-CONVERT-504</td><td>BioC-JSON: malformed JSON (the message gives the line)</td></tr>
 * <tr><td>LITLOD-CONVERT-505</td><td>BioC-JSON: no documents</td></tr>
 * <tr><td>LITLOD-CONVERT-601</td><td>JATS: an article without a title</td></tr>
 * <tr><td>LITLOD-CONVERT-602</td><td>JATS: no article in the file</td></tr>
 * <tr><td>LITLOD-CONVERT-701</td><td>PubTator: a malformed annotation line</td></tr>
 * <tr><td>LITLOD-CONVERT-702</td><td>PubTator: a document without a title, or an empty one</td></tr>
 * <tr><td>LITLOD-CONVERT-703</td><td>PubTator: no documents</td></tr>
 * </table>
 *
 * <p>Optional metadata that is malformed is left out with a warning in the same form (id, file,
 * line where known, the value), and the document still loads ({@link org.litlod.convert.FieldWarning},
 * {@link org.litlod.convert.OptionalFields}):
 * <table>
 * <caption>Conversion warning ids</caption>
 * <tr><th>Id</th><th>Meaning</th></tr>
 * <tr><td>LITLOD-CONVERT-302</td><td>web article: CAS registry number with a wrong check digit</td></tr>
 * <tr><td>LITLOD-CONVERT-801</td><td>a DOI (of the paper or of a reference) that is not a DOI</td></tr>
 * <tr><td>LITLOD-CONVERT-802</td><td>a PMID or PMCID that is not one</td></tr>
 * <tr><td>LITLOD-CONVERT-803</td><td>an ISSN of the wrong shape or with a wrong check digit</td></tr>
 * <tr><td>LITLOD-CONVERT-804</td><td>a publication date that does not parse or is impossible</td></tr>
 * <tr><td>LITLOD-CONVERT-805</td><td>a citation count that is not a number</td></tr>
 * <tr><td>LITLOD-CONVERT-806</td><td>PubTator, BioC: an annotation's identifier that is not one of its type (the mention stays, unlinked)</td></tr>
 * <tr><td>LITLOD-CONVERT-807</td><td>PubTator, BioC: a relation without a type, or with fewer than two arguments whose identifiers read (the relation is left out)</td></tr>
 * </table>
 */
package org.litlod.convert;
