package org.litlod.server.examples;

/**
 * One example query of the catalogue.
 *
 * @param id          the path below {@code ontology/queries/} without extension
 *                    ("01-papers-mentioning-a-gene", "federated/09-…")
 * @param title       one-line title, from the {@code # title:} header line
 * @param description what it asks and why, from the {@code # description:} header lines
 * @param sparql      the query text, header included
 * @param expected    classpath resource of the expected results (SPARQL TSV), null if none
 * @param target      the endpoint meant to run it when that is another engine calling litlod
 *                    as a SERVICE; null when litlod runs it
 */
public record ExampleQuery(String id, String title, String description, String sparql, String expected,
                           String target) {

    /**
     * The query as the editor shows and runs it: the text without its comment header (title
     * and description are shown beside the editor), starting at the first PREFIX or keyword.
     */
    public String editorText() {
        String[] lines = sparql.split("\\R", -1);
        int i = 0;
        while (i < lines.length && (lines[i].startsWith("#") || lines[i].isBlank())) {
            i++;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length));
    }
}
