package org.econfacts.bench;

import java.time.LocalDate;

/**
 * One benchmark article: which set it belongs to ({@code en}, {@code zh-Hans}, {@code zh-Hant},
 * {@code en+zh}, {@code seed}), a name for messages, the text and its publication date.
 */
public record Article(String set, String name, String text, LocalDate publishedAt) {

    /** Words of English text as the harness counts them (see {@link TextSize}). */
    public int englishTokens() {
        return TextSize.englishTokens(text);
    }

    /** Han characters in the text. */
    public int hanChars() {
        return TextSize.hanChars(text);
    }
}
