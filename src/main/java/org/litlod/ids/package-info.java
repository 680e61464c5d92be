/**
 * Identifier schemes and IRIs, as views over the registry {@code org.litlod.schemes} reached
 * through {@link org.litlod.ids.Schemes}: the syntax of each scheme ({@link org.litlod.ids.IdSyntax}), the
 * canonical IRI, {@code skos:exactMatch} IRIs and identifier literal that IDENTIFIERS.md
 * prescribes for each entity identifier ({@link org.litlod.ids.EntityIds}), the IRIs of the same
 * paper elsewhere ({@link org.litlod.ids.PaperIds}), and the one minter of litlod's own IRIs
 * ({@link org.litlod.ids.IriMinter}). Depends on the model and the
 * scheme registry only.
 */
package org.litlod.ids;
