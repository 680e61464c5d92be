package org.litlod.validate;

import java.util.List;

/**
 * A mapped document does not satisfy the litlod shapes. The message starts with the stable id
 * {@code LITLOD-SHACL-001} and the document label, then lists each violation with its focus
 * node, path, constraint component and shape.
 */
public class ShapeViolationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The stable error id users can search for. */
    public static final String ERROR_ID = "LITLOD-SHACL-001";

    private final String document;
    private final transient List<Violation> violations;

    public ShapeViolationException(String document, List<Violation> violations) {
        super(format(document, violations));
        this.document = document;
        this.violations = List.copyOf(violations);
    }

    private static String format(String document, List<Violation> violations) {
        StringBuilder b = new StringBuilder(ERROR_ID).append(' ').append(document).append(": ")
                .append(violations.size()).append(" SHACL violation(s)");
        violations.forEach(v -> b.append("\n  ").append(v));
        return b.toString();
    }

    public String document() {
        return document;
    }

    public List<Violation> violations() {
        return violations;
    }
}
