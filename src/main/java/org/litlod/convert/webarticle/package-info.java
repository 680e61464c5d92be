/**
 * The {@code web-article} format: a web article about a drug scraped to text, with sections,
 * figures, numbered citation markers, a reference list, the drug's CAS numbers and the page's
 * furniture (related links, teasers, supplier listings), which is recognised and left out.
 * Error ids LITLOD-CONVERT-3xx. Depends on {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.webarticle;
