/**
 * Text normalisation for dictionary matching: case folding, separator folding, Greek letters
 * and plurals, with a map from every normalised character back to the original text.
 */
package org.litlod.tag.text;
