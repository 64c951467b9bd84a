package org.econfacts.document;

import org.econfacts.api.DomainException;

/**
 * Makes a submitted request storable without moving any offset. Text is kept as submitted, control
 * characters included (extraction ignores them), with two exceptions:
 * <ul>
 * <li>U+0000 cannot be stored in a PostgreSQL {@code text} column, so each NUL becomes U+FFFD: one
 * UTF-16 unit for one, so every span still points at the same place in the text as submitted;</li>
 * <li>an unpaired surrogate is not Unicode text (it cannot be written as UTF-8): the request is
 * refused, as a body that is not valid UTF-8 is.</li>
 * </ul>
 */
final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {}

    static DocumentRequest of(DocumentRequest r) {
        DocumentRequest storable = new DocumentRequest(of("text", r.text()), of("title", r.title()), of("url", r.url()),
                r.publishedAt(), of("language", r.language()));
        if (storable.text() != null && !visible(storable.text())) {
            throw new DomainException.InvalidText("text",
                    "text is required and must not be blank (it holds only spaces or invisible characters)");
        }
        return storable;
    }

    /**
     * Whether {@code s} holds something a reader can see: not only white space, separators (U+00A0,
     * U+3000), format characters (U+200B zero-width space, U+FEFF byte order mark, U+2060, U+00AD) or
     * control characters, which {@code @NotBlank} lets through.
     */
    static boolean visible(String s) {
        return s.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != REPLACEMENT
                && !Character.isIdentifierIgnorable(c));
    }

    static String of(String field, String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DomainException.InvalidText(field,
                        field + " has an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at index " + i
                                + "; send valid Unicode text");
            } else if (c == '\0') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = REPLACEMENT;
            }
        }
        return out == null ? s : new String(out);
    }
}
