package org.econfacts.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the harness measures text, the same way for every row so rates compare. Like the service, it
 * takes each line as English or Chinese (Chinese when Han characters are at least a third of its
 * letters). English lines are counted in tokens: runs of Latin letters (with inner apostrophes and
 * hyphens), runs of digits (with inner {@code .} and {@code ,}), and every other non-space character on
 * its own — close to what the CoreNLP tokenizer yields on news. Chinese lines are counted in Han
 * characters (digits and punctuation not counted).
 */
final class TextSize {

    private static final Pattern TOKEN =
            Pattern.compile("\\p{IsLatin}+(?:['’-]\\p{IsLatin}+)*|\\p{Nd}+(?:[.,]\\p{Nd}+)*|[^\\s\\p{IsLatin}\\p{Nd}]");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");

    private TextSize() {}

    static int englishTokens(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (!isChinese(line)) {
                n += count(TOKEN, line);
            }
        }
        return n;
    }

    /** English words only (letter runs), used to size generated articles. */
    static int englishWords(CharSequence text) {
        return count(WORD, text);
    }

    static int hanChars(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (isChinese(line)) {
                n += han(line);
            }
        }
        return n;
    }

    private static boolean isChinese(String line) {
        int han = han(line);
        int latin = (int) line.chars().filter(Character::isLetter).count() - han;
        return han > 0 && han * 3 >= latin;
    }

    private static int han(String line) {
        return (int) line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static int count(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
