package org.litlod.convert;

/**
 * The name of an input as the published data records it (the source file's label): relative
 * to the folder the input was found in, with "/" between folders, never an absolute path or one
 * that climbs out with "..", so the operator's directory layout stays out of dumps and pages.
 */
public final class PublishedName {
    private PublishedName() {
    }

    /** The last segment of a path or label: "/home/x/in/a.xml" gives "a.xml". */
    public static String lastSegment(String name) {
        String s = name.replace('\\', '/');
        while (s.endsWith("/") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        String last = s.substring(s.lastIndexOf('/') + 1);
        return last.isEmpty() || last.equals(".") || last.equals("..") ? "input" : last;
    }

    /**
     * {@code name} when it is a relative name that stays inside its folder.
     *
     * @throws IllegalArgumentException for an absolute path, a drive letter, ".." or an empty name
     */
    static String check(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.startsWith("\\")
                || name.matches("^[A-Za-z]:/.*") || name.contains("\\")
                || ("/" + name + "/").contains("/../")) {
            throw new IllegalArgumentException("a published input name must be relative to its folder: " + name);
        }
        return name;
    }
}
