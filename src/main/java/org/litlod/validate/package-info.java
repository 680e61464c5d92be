/**
 * The SHACL check of mapper output against {@code ontology/shapes.ttl} and, once per entity
 * description, {@code ontology/entity-shapes.ttl}:
 * {@link org.litlod.validate.ShapeCheck#check} raises a
 * {@link org.litlod.validate.ShapeViolationException} ({@code LITLOD-SHACL-001}) that lists each
 * violation's focus node, path, constraint component and shape.
 */
package org.litlod.validate;
