package org.litlod.server.ld;

/**
 * A small builder of HTML text that escapes every text and attribute value it is given, so
 * pages cannot be broken by what the data contains. Attributes are name/value pairs; a null
 * value leaves the attribute out.
 */
public final class Html {
    private final StringBuilder b = new StringBuilder(8192);

    /** Opens an element: {@code open("a", "href", "/x")}. */
    public Html open(String tag, String... attributes) {
        b.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        b.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** Escaped text. */
    public Html text(String s) {
        b.append(escape(s));
        return this;
    }

    /** An element holding escaped text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link. */
    public Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Markup from text that is already safe where it goes (JSON escaped for a script element). */
    static Html raw(String safe) {
        Html h = new Html();
        h.b.append(safe);
        return h;
    }

    /** Another builder's markup, already escaped. */
    public Html append(Html other) {
        b.append(other.b);
        return this;
    }

    /** Escapes {@code & < > " '} for text and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
