package org.econfacts.extraction.lang.zh;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of one plain Chinese numeral (no sign, fraction or {@code 多/余}): digits, units
 * ({@code 十百千}) that multiply within a section, and section scales ({@code 万亿兆}) that close it.
 * A larger scale takes the smaller sections before it ({@code 一万三千亿} = 1.3×10^12,
 * {@code 万亿} = 10^12); {@code 零} is a filler ({@code 一百零十万}); a last single digit right
 * after a unit is elided one place down ({@code 两千四百五} = 2450, {@code 一万三} = 13000). Returns
 * null for anything else. Linear in the length of the text.
 */
final class NumeralGrammar {
    private static final Pattern ARABIC = Pattern.compile("(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

    private enum Type { NUMBER, LITERAL, ZERO, UNIT, SECTION }

    /** A token; {@code chinese} marks a number written in Chinese digits. */
    private record Tok(Type type, BigDecimal value, boolean chinese) {}

    /** A closed section: its value and the scale it was closed with (万亿 counts as 10^12). */
    private record Group(BigDecimal value, BigDecimal scale) {}

    private final ChineseGrammarWords.Numerals numerals;

    NumeralGrammar(ChineseGrammarWords.Numerals numerals) {
        this.numerals = numerals;
    }

    /** The value of {@code s}, or null when it is not one numeral. */
    BigDecimal value(String s) {
        List<Tok> toks = tokenize(s);
        return toks == null || toks.isEmpty() ? null : evaluate(toks);
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
                toks.add(new Tok(Type.NUMBER, new BigDecimal(s.substring(i, end).replace(",", "")), false));
            } else if (numerals.digits().containsKey(c)) {
                end = chineseDigitsEnd(s, i);
                if (!chineseDigits(s.substring(i, end), toks)) {
                    return null;
                }
            } else if (numerals.units().containsKey(c)) {
                end = i + 1;
                toks.add(new Tok(Type.UNIT, BigDecimal.valueOf(numerals.units().get(c)), false));
            } else if (numerals.sections().containsKey(c)) {
                end = i + 1;
                toks.add(new Tok(Type.SECTION, numerals.sections().get(c), false));
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

    /**
     * A run of Chinese digits: zeros alone are a filler; else one digit (zeros before it are
     * fillers) or a digit-by-digit literal ({@code 二〇二一}), which never uses 两.
     */
    private boolean chineseDigits(String run, List<Tok> toks) {
        StringBuilder sb = new StringBuilder();
        for (char ch : run.toCharArray()) {
            sb.append(numerals.decimalPoints().contains(ch) ? '.' : (char) ('0' + numerals.digits().get(ch)));
        }
        String digits = sb.toString();
        if (digits.chars().allMatch(ch -> ch == '0')) {
            toks.add(new Tok(Type.ZERO, BigDecimal.ZERO, true));
            return true;
        }
        String integer = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String significant = integer.replaceFirst("^0+(?=.)", "");
        boolean literal = significant.length() > 1;
        if (literal && run.chars().anyMatch(ch -> numerals.countingOnly().contains((char) ch))) {
            return false; // 两 counts, it is not written digit by digit
        }
        if (!literal && significant.length() < integer.length() && !digits.contains(".")) {
            toks.add(new Tok(Type.ZERO, BigDecimal.ZERO, true));
        }
        toks.add(new Tok(literal ? Type.LITERAL : Type.NUMBER, new BigDecimal(digits), true));
        return true;
    }

    private BigDecimal evaluate(List<Tok> toks) {
        if (toks.size() == 1 && toks.get(0).type() == Type.ZERO) {
            return BigDecimal.ZERO;
        }
        Deque<Group> groups = new ArrayDeque<>();
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        BigDecimal lastUnit = null;
        boolean literalFirst = toks.get(0).type() == Type.LITERAL;
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            Tok prev = k > 0 ? toks.get(k - 1) : null;
            switch (t.type()) {
                case ZERO -> {
                    if (cur != null || literalFirst) {
                        return null;
                    }
                }
                case LITERAL, NUMBER -> {
                    if (cur != null || (k > 0 && (literalFirst || t.type() == Type.LITERAL))) {
                        return null;
                    }
                    cur = elided(t, prev, k == toks.size() - 1) ? t.value().multiply(prev.value()).movePointLeft(1) : t.value();
                }
                case UNIT -> {
                    if (literalFirst || (lastUnit != null && t.value().compareTo(lastUnit) >= 0)) {
                        return null;
                    }
                    if (cur == null) {
                        if (prev != null && prev.type() != Type.SECTION && prev.type() != Type.ZERO) {
                            return null;
                        }
                        cur = BigDecimal.ONE;
                    }
                    section = section.add(cur.multiply(t.value()));
                    cur = null;
                    lastUnit = t.value();
                }
                case SECTION -> {
                    if (!closeSection(groups, section.add(cur == null ? BigDecimal.ZERO : cur), t.value())) {
                        return null;
                    }
                    section = BigDecimal.ZERO;
                    cur = null;
                    lastUnit = null;
                }
            }
        }
        BigDecimal result = section.add(cur == null ? BigDecimal.ZERO : cur);
        for (Group g : groups) {
            result = result.add(g.value());
        }
        return result;
    }

    /** A single Chinese digit ending the numeral right after a unit above 十: {@code 四百五} = 450. */
    private static boolean elided(Tok t, Tok prev, boolean last) {
        return last && prev != null && t.chinese() && t.type() == Type.NUMBER
                && (prev.type() == Type.UNIT || prev.type() == Type.SECTION)
                && prev.value().compareTo(BigDecimal.TEN) > 0
                && t.value().scale() <= 0 && t.value().signum() > 0 && t.value().compareTo(BigDecimal.TEN) < 0;
    }

    /** Closes the open section {@code v} with {@code scale}, taking in smaller groups before it. */
    private static boolean closeSection(Deque<Group> groups, BigDecimal v, BigDecimal scale) {
        BigDecimal taken = null;
        while (!groups.isEmpty() && groups.peek().scale().compareTo(scale) < 0) {
            Group g = groups.pop();
            v = v.add(g.value());
            taken = taken == null ? g.scale() : taken.max(g.scale());
        }
        if (!groups.isEmpty() && groups.peek().scale().compareTo(scale) == 0) {
            return false; // 五万三万, 五万万
        }
        if (v.signum() == 0) {
            if (!groups.isEmpty()) {
                return false; // 亿万: a bare scale after a larger one
            }
            v = BigDecimal.ONE; // a bare scale: 万, 亿
        }
        groups.push(new Group(v.multiply(scale), taken == null ? scale : scale.multiply(taken)));
        return true;
    }
}
