package org.econfacts.extraction;

/**
 * Wire headlines are written in capitals ("CHILE TRADE SURPLUS FALLS TO 190 MLN DLRS"): taggers
 * read them badly and they run on into no paragraph. One test for every stage that cares.
 */
public final class AllCapitals {

    /** Latin letters a line needs before it counts as written in capitals. */
    static final int MIN_LETTERS = 8;

    private AllCapitals() {}

    /** At least {@value #MIN_LETTERS} Latin letters, none lower case, and no Han characters. */
    public static boolean test(CharSequence s) {
        return test(s, MIN_LETTERS);
    }

    /** At least {@code minLetters} Latin letters, none lower case, and no Han characters. */
    public static boolean test(CharSequence s, int minLetters) {
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || Character.isLowerCase(c)) {
                return false;
            }
            latin += script == Character.UnicodeScript.LATIN && Character.isLetter(c) ? 1 : 0;
        }
        return latin >= minLetters;
    }
}
