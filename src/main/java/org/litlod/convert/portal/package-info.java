/**
 * The {@code portal-record} format: a research-output page of a Pure research portal scraped to
 * text, with labels glued to their values ("Issue number120"). Error ids LITLOD-CONVERT-2xx.
 * Depends on {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.portal;
