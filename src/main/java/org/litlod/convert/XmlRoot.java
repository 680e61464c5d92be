package org.litlod.convert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document type name and root element name of an XML text, found by looking at its first
 * characters only (nothing is parsed or resolved). Used by the XML converters' detection.
 *
 * @param doctype the name in {@code <!DOCTYPE name ...>}, null when there is none
 * @param element the local name of the root element, null when none was found
 */
public record XmlRoot(String doctype, String element) {
    private static final int HEAD = 65_536;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.:-]*");

    /** The root of the text, or null when the text does not start like XML. */
    public static XmlRoot of(String text) {
        String s = text.length() > HEAD ? text.substring(0, HEAD) : text;
        int i = 0;
        String doctype = null;
        while (true) {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '<') {
                return null;
            }
            if (s.startsWith("<?", i)) {
                i = skipPast(s, i, "?>");
            } else if (s.startsWith("<!--", i)) {
                i = skipPast(s, i, "-->");
            } else if (s.startsWith("<!DOCTYPE", i)) {
                Matcher m = NAME.matcher(s).region(Math.min(s.length(), i + 9), s.length());
                if (m.lookingAt() || (m.find() && m.start() < i + 30)) {
                    doctype = m.group();
                }
                i = skipDoctype(s, i);
            } else {
                Matcher m = NAME.matcher(s).region(i + 1, s.length());
                if (!m.lookingAt()) {
                    return null;
                }
                String name = m.group();
                int colon = name.indexOf(':');
                return new XmlRoot(doctype, colon >= 0 ? name.substring(colon + 1) : name);
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static int skipPast(String s, int from, String end) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int skipDoctype(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
