package org.econfacts.fact;

import java.util.Locale;

/**
 * A caller's search text as a LIKE pattern that matches it literally: {@code %} and {@code _} are
 * escaped (with {@link #ESCAPE}), so {@code q=%} finds a percent sign instead of everything and "5%" can
 * be searched for. Use as {@code lower(x) like :q escape '!'} (H2 and PostgreSQL alike).
 */
public final class LikePattern {
    private LikePattern() {}

    /** The escape character, as written after {@code escape} in a query. */
    public static final char ESCAPE = '!';

    /** The clause that follows a {@code like :param}. */
    public static final String ESCAPE_CLAUSE = " escape '" + ESCAPE + "'";

    /** A pattern matching any text that contains {@code text}, ignoring case (compare with lower(...)). */
    public static String containing(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 8).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.append('%').toString();
    }
}
