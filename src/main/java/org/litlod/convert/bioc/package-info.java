/**
 * The {@code bioc-xml} and {@code bioc-json} formats: BioC collections (BioCreative corpora,
 * PubTator and PubTator3 exports) with passages, annotations at document offsets and relations.
 * Documents are read one at a time. Annotations become mentions found by
 * {@link org.litlod.model.Mention.Evidence#SOURCE_ANNOTATION}, at offsets local to the model's
 * passages. Error ids LITLOD-CONVERT-5xx. Depends on {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.bioc;
