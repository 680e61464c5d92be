package org.litlod.convert.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;

/** JATS inputs that cannot be converted. */
class JatsErrorsTest {
    @Test
    void articleWithoutTitle() {
        ConversionException e = assertThrows(ConversionException.class, () -> new JatsConverter().convert(
                SourceText.of("a.nxml", "<article>\n<front><article-meta><title-group/></article-meta></front></article>")));
        assertEquals(JatsConverter.NO_TITLE, e.errorId());
        assertEquals(1, e.line());
    }

    @Test
    void noArticle() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> new JatsConverter().convert(SourceText.of("s.xml", "<pmc-articleset></pmc-articleset>")));
        assertEquals(JatsConverter.NO_ARTICLE, e.errorId());
    }
}
