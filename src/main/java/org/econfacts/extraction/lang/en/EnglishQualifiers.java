package org.econfacts.extraction.lang.en;

import java.util.List;
import org.econfacts.extraction.Approximations;
import org.econfacts.extraction.Changes;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.PeriodAttachment;
import org.econfacts.extraction.PeriodPhrase;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Units;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.Period;

/**
 * Adds approximation, change and period to a draft figure through the stages every language shares:
 * {@link Approximations} over the sentence's words, {@link Changes} for the change and its basis,
 * and the phrase {@link PeriodAttachment} chooses among the sentence's periods.
 */
final class EnglishQualifiers {

    private final Approximations approximations;
    private final Changes changes;
    private final PeriodAttachment attachment;

    EnglishQualifiers(EnglishLexicon lexicon, PeriodAttachment attachment) {
        this.attachment = attachment;
        this.approximations = new Approximations(lexicon.approximations());
        this.changes = new Changes(lexicon.changes(), lexicon.bases(), true);
    }

    /** The comparison-basis phrases of a sentence's text, for {@link #qualify}. */
    List<int[]> basisSpans(String text) {
        return changes.basisSpans(text);
    }

    Mention qualify(Sentence sentence, List<Tok> toks, Draft draft, List<Draft> all, List<PeriodPhrase> periods,
            List<int[]> basisSpans) {
        Units units = Units.words(toks, Tok::lower, Tok::start, Tok::end);
        Approximations.Widened widened = approximations.widen(units, draft.from(), draft.to(), Approximation.EXACT);
        String text = sentence.text();
        int start = toks.get(widened.from()).start();
        int end = toks.get(widened.to() - 1).end(); // "20 million tonnes or more"
        List<Integer> starts = all.stream().filter(o -> o != draft).map(o -> toks.get(o.numFrom()).start()).toList();
        PeriodPhrase phrase = attachment.choose(text, start, end, periods, all.stream().map(o -> toks.get(o.from()).start()).toList());
        Period period = attachment.periodOf(phrase, draft.value());
        Change change = changes.read(units, text, widened.from(), widened.to(), draft.numFrom(), basisSpans, starts, period);
        return new Mention(draft.value(), widened.approximation(), change, period, sentence.start() + start,
                sentence.start() + end, text.substring(start, end), sentence.language(), draft.rule(), null);
    }

    /** Approximation and change of a figure made after recognition (CarryUnits); its period is kept. */
    Mention qualifyMade(Sentence sentence, List<Tok> toks, Mention made, List<int[]> basisSpans) {
        int s = made.start() - sentence.start();
        int e = made.end() - sentence.start();
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == s) {
                from = i;
            }
            if (toks.get(i).end() == e) {
                to = i + 1;
            }
        }
        if (from < 0 || to <= from) {
            return made;
        }
        Draft d = new Draft(made.value(), from, to, from, to, made.rule());
        Mention q = qualify(sentence, toks, d, List.of(d), List.of(), basisSpans);
        return new Mention(made.value(), q.approximation(), q.change(), made.period(), q.start(), q.end(), q.text(),
                made.language(), made.rule(), made.subject());
    }
}
