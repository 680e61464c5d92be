package org.litlod.corpus;

/** Escapes text for XML element content and double-quoted attribute values. */
final class XmlText {
    private XmlText() {
    }

    /** The text with {@code &}, {@code <}, {@code >} and {@code "} written as entities. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (entity == null) {
                    out.append(s.charAt(i));
                } else {
                    out.append(entity);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
