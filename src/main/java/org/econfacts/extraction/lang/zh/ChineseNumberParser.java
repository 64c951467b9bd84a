package org.econfacts.extraction.lang.zh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.extraction.NumberParser;
import org.econfacts.extraction.ScriptFolder;

/**
 * Reads one whole Chinese numeral, exactly: Arabic ({@code 1,234.5}), Chinese ({@code 一百零五},
 * {@code 三千五百万}, {@code 兩}), mixed ({@code 6.75億}, {@code 3千5百万}, {@code 1.2万亿}), bare scales
 * ({@code 千}, {@code 萬億}) and digit-by-digit numerals ({@code 一一七一點七億}, {@code 六四〇．五億}).
 * Traditional and full-width input is folded first. Anything else, or anything longer than the
 * lexicon's caps, is empty; it never throws on text.
 */
public final class ChineseNumberParser implements NumberParser {
    private static final Pattern ARABIC = Pattern.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
    private final ScriptFolder folder;
    private final ChineseLexicon.Numerals numerals;

    private enum Type { NUMBER, LITERAL, UNIT, SECTION }

    private record Tok(Type type, BigDecimal value) {}

    public ChineseNumberParser(ScriptFolder folder, ChineseLexicon lexicon) {
        this.folder = folder;
        this.numerals = lexicon.numerals();
    }

    @Override
    public Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return parseFolded(folder.fold(text.strip()).text());
    }

    /** Parses text that is already folded (Simplified, half-width). */
    public Optional<BigDecimal> parseFolded(String s) {
        if (s.isEmpty() || s.length() > numerals.maxLength()) {
            return Optional.empty();
        }
        List<Tok> toks = tokenize(s);
        if (toks == null) {
            return Optional.empty();
        }
        BigDecimal v = evaluate(toks);
        if (v == null || v.setScale(0, java.math.RoundingMode.DOWN).precision() > numerals.maxIntegerDigits()) {
            return Optional.empty();
        }
        v = v.stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
    }

    private List<Tok> tokenize(String s) {
        List<Tok> toks = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (c >= '0' && c <= '9') {
                end = arabicEnd(s, i);
                if (end < 0) {
                    return null;
                }
                toks.add(new Tok(Type.NUMBER, new BigDecimal(s.substring(i, end).replace(",", ""))));
            } else if (numerals.digits().containsKey(c)) {
                end = chineseDigitsEnd(s, i);
                if (end < 0) {
                    return null;
                }
                toks.add(chineseDigits(s.substring(i, end)));
            } else if (numerals.units().containsKey(c)) {
                end = i + 1;
                toks.add(new Tok(Type.UNIT, BigDecimal.valueOf(numerals.units().get(c))));
            } else if (numerals.sections().containsKey(c)) {
                end = i + 1;
                toks.add(new Tok(Type.SECTION, numerals.sections().get(c)));
            } else {
                return null;
            }
            i = end;
        }
        return toks;
    }

    /** End of {@code 1,234.5} at {@code i}, or -1 when its commas are not thousands groups. */
    private static int arabicEnd(String s, int i) {
        Matcher m = ARABIC.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return -1;
        }
        int end = m.end();
        return end < s.length() && (s.charAt(end) == ',' || s.charAt(end) == '.') ? -1 : end;
    }

    /** End of a run of Chinese digits with an optional decimal part ({@code 三点五}, {@code 六四〇.五}). */
    private int chineseDigitsEnd(String s, int i) {
        int j = i;
        while (j < s.length() && numerals.digits().containsKey(s.charAt(j))) {
            j++;
        }
        if (j + 1 < s.length() && numerals.decimalPoints().contains(s.charAt(j))
                && numerals.digits().containsKey(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && numerals.digits().containsKey(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** A run of Chinese digits: one digit (zeros before it are fillers) or a digit-by-digit literal. */
    private Tok chineseDigits(String run) {
        StringBuilder sb = new StringBuilder();
        for (char ch : run.toCharArray()) {
            sb.append(numerals.decimalPoints().contains(ch) ? '.' : (char) ('0' + numerals.digits().get(ch)));
        }
        String digits = sb.toString();
        String integer = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        boolean literal = integer.replaceFirst("^0+(?=.)", "").length() > 1;
        return new Tok(literal ? Type.LITERAL : Type.NUMBER, new BigDecimal(digits));
    }

    /** Chinese numeral grammar: units multiply within a section, 万 and 亿 close sections. */
    private static BigDecimal evaluate(List<Tok> toks) {
        BigDecimal total = null;
        BigDecimal wan = null;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        BigDecimal lastUnit = null;
        boolean literalFirst = toks.get(0).type() == Type.LITERAL;
        boolean wanBeforeYi = false;
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            switch (t.type()) {
                case LITERAL, NUMBER -> {
                    if (cur != null || (k > 0 && (literalFirst || t.type() == Type.LITERAL))) {
                        return null;
                    }
                    cur = t.value();
                }
                case UNIT -> {
                    if (literalFirst || (lastUnit != null && t.value().compareTo(lastUnit) >= 0)) {
                        return null;
                    }
                    if (cur == null) {
                        if (k > 0 && toks.get(k - 1).type() != Type.SECTION) {
                            return null;
                        }
                        cur = BigDecimal.ONE;
                    }
                    section = section.add(cur.multiply(t.value()));
                    cur = null;
                    lastUnit = t.value();
                }
                case SECTION -> {
                    BigDecimal v = section.add(cur == null ? BigDecimal.ZERO : cur);
                    boolean isWan = t.value().compareTo(BigDecimal.valueOf(10000)) == 0;
                    if (isWan) {
                        if (wan != null) {
                            return null;
                        }
                        wan = (v.signum() == 0 ? BigDecimal.ONE : v).multiply(t.value());
                    } else {
                        BigDecimal all = v.add(wan == null ? BigDecimal.ZERO : wan);
                        if (all.signum() == 0) {
                            all = BigDecimal.ONE;
                        }
                        if (total != null && !wanBeforeYi) {
                            return null;
                        }
                        boolean viaWan = wan != null && k > 0 && toks.get(k - 1).type() == Type.SECTION
                                && section.signum() == 0 && cur == null;
                        total = (total == null ? BigDecimal.ZERO : total).add(all.multiply(t.value()));
                        wanBeforeYi = viaWan && total.compareTo(t.value().multiply(BigDecimal.valueOf(10000))) >= 0;
                        wan = null;
                    }
                    section = BigDecimal.ZERO;
                    cur = null;
                    lastUnit = null;
                }
            }
        }
        BigDecimal result = section.add(cur == null ? BigDecimal.ZERO : cur);
        if (wan != null) {
            result = result.add(wan);
        }
        return total == null ? result : result.add(total);
    }
}
