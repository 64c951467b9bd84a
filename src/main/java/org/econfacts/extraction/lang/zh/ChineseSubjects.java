package org.econfacts.extraction.lang.zh;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.SubjectFinder;
import org.econfacts.extraction.Token;
import org.econfacts.normalization.FigureKind;

/**
 * Chinese subjects from the segmented, tagged clause around the figure (CTB tags):
 * <ul>
 *   <li>money and quantities: the run of common nouns (NN) before the figure, over verbs such as
 *       达/实现/为 ("进出口总额509亿元" → 进出口总额, "实现增加值336亿元" → 增加值);
 *   <li>counts: the nouns after the measure word ("30多家重庆企业" → 重庆企业), else the verb and noun
 *       before it ("出口汽车6.3万多辆" → 出口汽车);
 *   <li>shares: what stands between 占 and the figure ("占地区生产总值比重的25%").
 * </ul>
 * Subjects are slices of the text as submitted, so they keep the article's script.
 */
public final class ChineseSubjects implements SubjectFinder {

    private static final int MAX_TOKENS = 6;

    private final ChineseGrammarWords.Subjects words;
    private final Pattern adverbsBeforeShare;
    private final Pattern possessiveAtEnd; // and the linking verbs: 比重的, 占比达

    public ChineseSubjects(ChineseGrammarWords lexicon) {
        this.words = lexicon.subjects();
        this.adverbsBeforeShare = Pattern.compile("(?:" + alternation(words.shareAdverbs()) + ")+$");
        this.possessiveAtEnd = Pattern.compile("(?:" + Pattern.quote(words.possessive()) + "|" + alternation(words.shareLinks())
                + ")+$");
    }

    private static String alternation(Set<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public Optional<String> subject(Mention m, List<Mention> figures, List<Token> tokens, String text) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > m.start() && t.start() < m.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        if (m.value().kind() == FigureKind.PERCENT) {
            Optional<String> share = shareSubject(tokens, first, text);
            if (share.isPresent()) {
                return share;
            }
            // "外贸进出口总额增长8.5%": a change with no level before it says what changed
            // "城镇登记失业率为3.82%": a rate's nouns say what it is, as an amount's do
            // "出口货值较去年同期上升19.3%": the nouns after the comparison word are its base, those before it what changed
            int compared = comparisonBefore(tokens, first);
            return nounsBefore(tokens, compared < 0 ? first : compared, text, false);
        }
        if (m.value().kind() == FigureKind.COUNT) {
            Optional<String> inside = countedInside(tokens, first, last, text);
            if (inside.isPresent()) {
                return inside;
            }
            int next = last + 1;
            // "1萬臺的訂單": the nouns after the possessive say what was counted
            if (next < tokens.size() && (tokens.get(next).pos().equals("DEG") || tokens.get(next).pos().equals("DEC"))) {
                next++;
            }
            Optional<String> after = nounsFrom(tokens, next, text);
            if (after.isPresent()) {
                return after;
            }
            return nounsBefore(tokens, first, text, true);
        }
        Optional<String> nouns = nounsBefore(tokens, first, text, false);
        // "；进口2810亿元": the verb alone says what the amount is
        return nouns.isPresent() || m.change() != null ? nouns : namingVerbBefore(tokens, first, text);
    }

    /** The first comparison word of the figure's clause ("较去年同月上升"), or -1: the nouns after it are the base. */
    private int comparisonBefore(List<Token> tokens, int first) {
        int found = -1;
        for (int i = first - 1; i >= 0 && !isClauseBreak(tokens.get(i)); i--) {
            if (words.comparison().contains(tokens.get(i).word())) {
                found = i;
            }
        }
        return found;
    }

    /** "100多个城市和地区": the counted nouns written inside the figure after its measure word, with their coordinates. */
    private Optional<String> countedInside(List<Token> tokens, int first, int last, String text) {
        int m = -1;
        for (int i = first; i < last; i++) {
            if (tokens.get(i).pos().equals("M")) {
                m = i;
            }
        }
        if (m < 0 || !isNoun(tokens.get(last)) || m + 1 > last) {
            return Optional.empty();
        }
        int end = last;
        while (end + 2 < tokens.size() && words.conjunctions().contains(tokens.get(end + 1).word())
                && isNoun(tokens.get(end + 2))) {
            end += 2;
        }
        return Optional.of(text.substring(tokens.get(m + 1).start(), tokens.get(end).end()));
    }

    /** A naming verb (出口, 进口) right before the figure, at the start of its clause. */
    private Optional<String> namingVerbBefore(List<Token> tokens, int first, String text) {
        int v = first - 1;
        if (v >= 0 && words.namingVerbs().contains(tokens.get(v).word()) && (v == 0 || isClauseBreak(tokens.get(v - 1))
                || tokens.get(v - 1).pos().equals("AD") || tokens.get(v - 1).pos().equals("NT"))) {
            return Optional.of(text.substring(tokens.get(v).start(), tokens.get(v).end()));
        }
        return Optional.empty();
    }

    /** "數字經濟增加值已占地區生產總值比重的25%" → 數字經濟增加值占地區生產總值比重 (read on characters). */
    private Optional<String> shareSubject(List<Token> tokens, int first, String text) {
        int clauseStart = tokens.get(0).start();
        for (int i = first - 1; i >= 0; i--) {
            if (isClauseBreak(tokens.get(i))) {
                clauseStart = tokens.get(i).end();
                break;
            }
        }
        int figure = tokens.get(first).start();
        String clause = text.substring(clauseStart, figure);
        int at = -1;
        String share = null;
        for (String w : words.shareWords()) {
            int k = clause.lastIndexOf(w);
            if (k > at) {
                at = k;
                share = w;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        String whole = adverbsBeforeShare.matcher(clause.substring(0, at)).replaceAll("").strip();
        String part = possessiveAtEnd.matcher(clause.substring(at + share.length())).replaceAll("").strip();
        String subject = (whole + share + part).strip();
        return subject.length() > 1 ? Optional.of(subject) : Optional.empty();
    }

    /** The noun run that follows a measure word: 家 重庆 企业 → 重庆企业. */
    private Optional<String> nounsFrom(List<Token> tokens, int i, String text) {
        int j = i;
        while (j < tokens.size() && j - i < MAX_TOKENS && isNoun(tokens.get(j))) {
            j++;
        }
        return j > i ? Optional.of(text.substring(tokens.get(i).start(), tokens.get(j - 1).end())) : Optional.empty();
    }

    /** The noun run before the figure, skipping adverbs and linking verbs (达, 实现, 为, 累计). */
    private Optional<String> nounsBefore(List<Token> tokens, int first, String text, boolean withVerb) {
        int end = first - 1;
        int aside = Token.asideOpening(tokens, end);
        if (aside > 0) {
            end = aside - 1; // 固定资产投资（不含农户）50847亿元: the aside says which, the nouns before it what
        }
        int verb = -1;
        while (end >= 0 && !isClauseBreak(tokens.get(end)) && (!isNoun(tokens.get(end))
                || words.notSubjects().contains(tokens.get(end).word()))) {
            String pos = tokens.get(end).pos();
            boolean per = pos.equals("M") && end - 1 >= 0 && tokens.get(end - 1).word().equals(words.perWord()); // 每台540美元
            if (!(pos.equals("AD") || pos.startsWith("V") || pos.equals("P") || pos.equals("AS") || per
                    || tokens.get(end).word().equals(words.perWord()) || words.notSubjects().contains(tokens.get(end).word()))) {
                return Optional.empty();
            }
            if (pos.startsWith("V")) {
                verb = end;
            }
            end--;
        }
        if (end < 0 || !isNoun(tokens.get(end))) {
            return Optional.empty();
        }
        int start = end;
        // nouns and the adjectives inside them (固定资产投资, 高新技术企业), not the time words (前5个月),
        // over a bracketed name inside the run (广义货币(M2)余额)
        while (start - 1 >= 0 && end - start + 1 < MAX_TOKENS) {
            Token before = tokens.get(start - 1);
            if ((before.pos().equals("NN") || isModifier(before)) && !words.notSubjects().contains(before.word())) {
                start--;
            } else if (before.closesBracket() && start - 4 >= 0 && tokens.get(start - 3).opensBracket()
                    && isNoun(tokens.get(start - 4))) {
                start -= 4;
            } else {
                break;
            }
        }
        if (isModifier(tokens.get(start)) && start == end || words.notSubjects().contains(tokens.get(start).word())) {
            return Optional.empty();
        }
        if (start - 1 >= 0 && tokens.get(start).word().length() == 1 && tokens.get(start - 1).pos().equals("DT")
                && tokens.get(start - 1).end() == tokens.get(start).start()) {
            start--; // 全 省 固定资产投资: a one-character noun after a determiner is one word with it (全省, 该市)
        }
        if (verb == end + 1 && words.namingVerbs().contains(tokens.get(verb).word())) {
            end = verb; // 产成品 库存(VV) 6.07万亿元: the naming verb ends the subject (产成品库存)
        }
        if (withVerb && verb < 0 && start - 1 >= 0 && tokens.get(start - 1).pos().equals("VV")) {
            start--;
        } else if (start - 1 >= 0 && words.namingVerbs().contains(tokens.get(start - 1).word())) {
            start--; // 进口 货值 → 进口货值
        }
        return Optional.of(text.substring(tokens.get(start).start(), tokens.get(end).end()));
    }

    /** An adjective inside a noun run: 固定 资产 投资, 高新 技术 企业 (CTB tags them JJ, or VA). */
    private static boolean isModifier(Token t) {
        return t.pos().equals("JJ") || t.pos().equals("VA");
    }

    private static boolean isNoun(Token t) {
        return t.pos().equals("NN") || t.pos().equals("NR") && !t.word().isEmpty();
    }

    private static boolean isClauseBreak(Token t) {
        return t.pos().equals("PU");
    }
}
