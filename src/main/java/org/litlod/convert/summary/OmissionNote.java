package org.litlod.convert.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.OmittedContent;

/**
 * Recognises a section whose body says that its content was left out of the summary
 * ("_Full body text omitted from this summary view._ Fetch … : URL", "5 figures with captions
 * in the complete paper: URL") and reads it as {@link OmittedContent}, with the number of
 * figures when it gives one.
 *
 * @param content     the omitted part, its note and URL
 * @param figureCount the number of figures the note announces, or null
 * @param fullText    whether the URL leads to the complete paper
 */
record OmissionNote(OmittedContent content, Integer figureCount, boolean fullText) {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()]+[^\\s<>().,;:]");
    private static final Pattern COUNTED = Pattern.compile("(?i)^(\\d{1,4})\\s+(figures?|tables?|supplementary\\s+\\w+)\\b");
    private static final Pattern OMITTED = Pattern.compile(
            "(?i)\\b(omitted|not included|left out|in the (complete|full) (paper|text|article))\\b");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w/])_([^_]+)_(?![\\w/])");
    private static final Pattern FULL = Pattern.compile("(?i)\\b(complete|full)\\s*(body\\s+)?(paper|text|article)\\b");

    /** The note the section gives, or empty when its body is ordinary content. */
    static Optional<OmissionNote> of(SummaryPart part) {
        List<String> paragraphs = part.paragraphs();
        if (paragraphs.size() != 1) {
            return Optional.empty();
        }
        String text = paragraphs.get(0);
        String plain = EMPHASIS.matcher(text).replaceAll("$1").strip();
        boolean hasUrl = URL.matcher(plain).find();
        Matcher counted = COUNTED.matcher(plain);
        boolean isCount = counted.find();
        boolean saysOmitted = OMITTED.matcher(plain).find();
        boolean italicNote = EMPHASIS.matcher(text).find() && saysOmitted;
        if (!italicNote && !(hasUrl && (saysOmitted || isCount))) {
            return Optional.empty();
        }
        Matcher url = URL.matcher(plain);
        String link = url.find() ? url.group() : null;
        Integer figures = isCount && counted.group(2).toLowerCase(Locale.ROOT).startsWith("figure")
                ? Integer.valueOf(counted.group(1)) : null;
        boolean full = link != null && (FULL.matcher(plain).find()
                || part.heading().toLowerCase(Locale.ROOT).contains("text"));
        return Optional.of(new OmissionNote(new OmittedContent(part.heading(), plain, link), figures, full));
    }
}
