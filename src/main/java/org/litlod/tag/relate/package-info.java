/**
 * Relations between the entities of a document: the sentences that are the evidence of the
 * relations its source asserts, and the relations litlod finds itself, by co-occurrence of
 * normalised entities and by cue words that say one induces the other.
 */
package org.litlod.tag.relate;
