package org.econfacts.extraction.lang.zh;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.SubjectFinder;
import org.econfacts.extraction.TaggedToken;
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

    private static final Set<String> SHARE_WORDS = Set.of("占", "占到", "占比");
    private static final int MAX_TOKENS = 6;

    @Override
    public Optional<String> subject(Mention m, List<TaggedToken> tokens, String text) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
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
            return shareSubject(tokens, first, text);
        }
        if (m.value().kind() == FigureKind.COUNT) {
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
        return nounsBefore(tokens, first, text, false);
    }

    /** "數字經濟增加值已占地區生產總值比重的25%" → 數字經濟增加值占地區生產總值比重 (read on characters). */
    private Optional<String> shareSubject(List<TaggedToken> tokens, int first, String text) {
        int clauseStart = tokens.get(0).start();
        for (int i = first - 1; i >= 0; i--) {
            if (isClauseBreak(tokens.get(i))) {
                clauseStart = tokens.get(i).end();
                break;
            }
        }
        int figure = tokens.get(first).start();
        String clause = text.substring(clauseStart, figure);
        int at = clause.lastIndexOf('占');
        if (at < 0) {
            at = clause.lastIndexOf('佔');
        }
        if (at < 0) {
            return Optional.empty();
        }
        String whole = clause.substring(0, at).replaceAll("[已均约約将將仍]+$", "").strip();
        String part = clause.substring(at + 1).replaceAll("的$", "").strip();
        String subject = (whole + clause.charAt(at) + part).strip();
        return subject.length() > 1 ? Optional.of(subject) : Optional.empty();
    }

    /** The noun run that follows a measure word: 家 重庆 企业 → 重庆企业. */
    private Optional<String> nounsFrom(List<TaggedToken> tokens, int i, String text) {
        int j = i;
        while (j < tokens.size() && j - i < MAX_TOKENS && isNoun(tokens.get(j))) {
            j++;
        }
        return j > i ? Optional.of(text.substring(tokens.get(i).start(), tokens.get(j - 1).end())) : Optional.empty();
    }

    /** The noun run before the figure, skipping adverbs and linking verbs (达, 实现, 为, 累计). */
    private Optional<String> nounsBefore(List<TaggedToken> tokens, int first, String text, boolean withVerb) {
        int end = first - 1;
        int verb = -1;
        while (end >= 0 && !isClauseBreak(tokens.get(end)) && !isNoun(tokens.get(end))) {
            String pos = tokens.get(end).pos();
            if (!(pos.equals("AD") || pos.startsWith("V") || pos.equals("P") || pos.equals("AS"))) {
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
        while (start - 1 >= 0 && end - start + 1 < MAX_TOKENS && tokens.get(start - 1).pos().equals("NN")) {
            start--;
        }
        if (withVerb && verb < 0 && start - 1 >= 0 && tokens.get(start - 1).pos().equals("VV")) {
            start--;
        }
        return Optional.of(text.substring(tokens.get(start).start(), tokens.get(end).end()));
    }

    private static boolean isNoun(TaggedToken t) {
        return t.pos().equals("NN") || t.pos().equals("NR") && !t.word().isEmpty();
    }

    private static boolean isClauseBreak(TaggedToken t) {
        return t.pos().equals("PU");
    }
}
