package org.litlod.server.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The comment header of an example query: a {@code # title:} line and {@code # description:}
 * lines (continued by further comment lines up to the first line that is not a comment).
 */
record QueryHeader(String title, String description) {

    static QueryHeader parse(String text, String file) {
        String title = null;
        List<String> description = new ArrayList<>();
        boolean inDescription = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("title:")) {
                title = body.substring("title:".length()).strip();
                inDescription = false;
            } else if (body.startsWith("description:")) {
                description.add(body.substring("description:".length()).strip());
                inDescription = true;
            } else if (inDescription && !body.isEmpty()) {
                description.add(body);
            }
        }
        if (title == null || description.isEmpty()) {
            throw new IllegalStateException("LITLOD-QUERY-001 " + file
                    + ": an example query needs '# title:' and '# description:' header lines");
        }
        return new QueryHeader(title, String.join(" ", description));
    }
}
