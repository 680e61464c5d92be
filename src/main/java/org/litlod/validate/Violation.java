package org.litlod.validate;

/**
 * One SHACL result, in the terms a reader needs: the node at fault, the property path, the
 * constraint component and the shape that failed, and the message.
 *
 * @param focus     the focus node (IRI, or blank node label)
 * @param path      the result path, or "" for node-level constraints
 * @param component the constraint component ("sh:MinCountConstraintComponent")
 * @param shape     the source shape ("lshape:PaperTitle", or a blank node label)
 * @param message   the message SHACL gives
 */
public record Violation(String focus, String path, String component, String shape, String message) {

    @Override
    public String toString() {
        return "focus " + focus + (path.isEmpty() ? "" : " path " + path) + ": " + component
                + " (shape " + shape + ")" + (message.isEmpty() ? "" : ": " + message);
    }
}
