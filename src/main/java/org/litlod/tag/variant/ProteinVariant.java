package org.litlod.tag.variant;

/**
 * A protein substitution: reference residue, position, alternative residue (three-letter codes).
 *
 * @param reference   the reference residue ("Leu")
 * @param position    the residue position (1196)
 * @param alternative the new residue ("Met"), "Ter" for a stop
 */
public record ProteinVariant(String reference, int position, String alternative) {

    /** HGVS protein notation: "p.Leu1196Met"; a synonymous change is "p.Leu1196=". */
    public String hgvs() {
        return "p." + reference + position + (reference.equals(alternative) ? "=" : alternative);
    }
}
