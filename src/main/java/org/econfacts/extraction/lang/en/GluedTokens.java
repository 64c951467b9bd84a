package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.econfacts.extraction.CarryUnits;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.PhraseTable;
import org.econfacts.normalization.CurrencyUnit;
import org.econfacts.normalization.PercentUnit;

/**
 * Cuts the tokens the tokenizer leaves glued where a figure's parts meet: an amount and its currency
 * ("USD115", "115USD", "$" + "US150") or its percent word ("35pct"), a number and its currency word in a hyphenated adjective
 * ("12-cent-a-share", "one-yen", "eight-billion-dlr") and a range written as one token ("20-30"). Each part keeps its
 * offsets. Reads the shared {@link Measures} tables; stateless.
 */
final class GluedTokens {

    private final PhraseTable<String> currencyBefore;
    private final PhraseTable<String> currencyAfter;
    private final PhraseTable<CurrencyUnit> currencyScaled;
    private final PhraseTable<CurrencyUnit> scaledBefore;
    private final PhraseTable<PercentUnit> percentWords;
    private final EnglishNumberParser numbers;

    private final Set<String> lowerCasePercent;

    GluedTokens(Measures measures, EnglishNumberParser numbers, Set<String> lowerCasePercent) {
        this.lowerCasePercent = lowerCasePercent;
        this.currencyBefore = measures.before();
        this.currencyAfter = measures.after();
        this.currencyScaled = measures.scaled();
        this.scaledBefore = measures.scaledBefore();
        this.percentWords = measures.percent();
        this.numbers = numbers;
    }

    private static final Pattern CODE_THEN_DIGITS = Pattern.compile("(\\D+?)(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern DIGITS_THEN_CODE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(\\D+)");

    /**
     * Splits tokens that glue an amount to its currency, as the tokenizer leaves them: "USD115",
     * "115USD", "100元", "12-cent-a-share", "one-yen". Other tokens are kept as they are.
     */
    List<Token> split(List<Token> toks) {
        List<Token> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1).lower() + " ";
            List<Token> parts = splitCurrency(t, previous);
            out.addAll(parts == null ? List.of(t) : parts);
        }
        return out;
    }

    /** @param previous the token before, lower-cased, with a space: "$US150" comes as "$" + "US150" */
    private List<Token> splitCurrency(Token t, String previous) {
        java.util.regex.Matcher range = CarryUnits.RANGE_TOKEN.matcher(t.word());
        if (range.matches()) { // "20-30" as one token: its two ends and the dash
            return List.of(part(t, 0, range.end(1), "CD"), part(t, range.end(1), range.start(2), ":"),
                    part(t, range.start(2), range.end(2), "CD"));
        }
        java.util.regex.Matcher m = CODE_THEN_DIGITS.matcher(t.lower());
        if (m.matches() && (currencyBefore.contains(m.group(1)) || scaledBefore.contains(m.group(1))
                || currencyBefore.contains(previous + m.group(1)))) {
            return List.of(part(t, 0, m.end(1), "NN"), part(t, m.start(2), m.end(2), "CD"));
        }
        m = DIGITS_THEN_CODE.matcher(t.lower());
        if (m.matches() && (currencyAfter.contains(m.group(2)) || currencyScaled.contains(m.group(2))
                || percentWords.contains(m.group(2)) || lowerCasePercent.contains(t.word().substring(m.start(2))))) {
            // "35pct", "2.5percent", "35pc"
            return List.of(part(t, 0, m.end(1), "CD"), part(t, m.start(2), m.end(2), "NN"));
        }
        int dash = t.word().indexOf('-');
        if (dash > 0 && dash < t.word().length() - 1) {
            String[] words = t.lower().split("-", -1);
            String head = words[0];
            boolean number = EnglishNumberParser.DIGITS.matcher(head).matches() || numbers.isNumeralWord(head);
            int currency = 1; // "eight-billion-dlr", "five-million-dollar": scale words between number and currency
            while (number && currency < words.length - 1 && numbers.isScaleWord(words[currency])) {
                currency++;
            }
            if (number && currency < words.length
                    && (currencyAfter.contains(words[currency]) || currencyScaled.contains(words[currency]))) {
                List<Token> parts = new ArrayList<>();
                int at = 0;
                for (int k = 0; k < words.length; k++) {
                    if (!words[k].isEmpty()) {
                        parts.add(part(t, at, at + words[k].length(), k < currency ? "CD" : "NN"));
                    }
                    at += words[k].length() + 1;
                }
                return parts; // "12-cent-a-share": "12", "cent", "a", "share"
            }
        }
        return null;
    }

    private static Token part(Token t, int from, int to, String pos) {
        String w = t.word().substring(from, to);
        return new Token(w, t.start() + from, t.start() + to, pos);
    }
}
