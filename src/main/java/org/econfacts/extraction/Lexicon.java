package org.econfacts.extraction;

import java.util.List;
import java.util.Map;
import org.econfacts.normalization.Change;

/**
 * A language's {@code extraction/<family>/lexicon.yaml}: the one schema every language writes, bound by
 * one loader and read by the stages every language shares. The words a language's own Java grammar
 * reads (its numerals, its counting and subject patterns) are in its {@code grammar.yaml}, bound by the
 * record of that grammar in {@code lang/<family>/}.
 *
 * @param phrases        how the file's phrases are written, so which {@link Units} they are looked up in
 * @param measures       what a number measures ({@link MeasureWords})
 * @param approximations approximation words ({@link ApproximationWords})
 * @param changes        change words ({@link ChangeWords})
 * @param bases          the basis phrases of a change, by basis ("year-on-year", {@code 同比})
 */
public record Lexicon(PhraseForm phrases, MeasureWords measures, ApproximationWords approximations, ChangeWords changes,
        Map<Change.Basis, List<String>> bases) {

    /** How phrases are written: words with spaces between, matched lower-cased, or characters solid. */
    public enum PhraseForm {
        WORDS,
        CHARACTERS
    }

    public Lexicon {
        if (phrases == null || measures == null || approximations == null || changes == null || bases == null) {
            throw new IllegalStateException("lexicon: phrases, measures, approximations, changes and bases are all required");
        }
        bases = Map.copyOf(bases);
    }

    /** The lexicon of a language family ({@code en}, {@code zh}); fails on a missing, unknown or malformed entry. */
    public static Lexicon load(String family) {
        return YamlResources.readComplete(resource(family), Lexicon.class);
    }

    public static String resource(String family) {
        return "extraction/" + family + "/lexicon.yaml";
    }

    /** Whether phrases are words (English) rather than characters written solid (Chinese). */
    public boolean spaced() {
        return phrases == PhraseForm.WORDS;
    }

    /** The tables of {@link #measures()}. */
    public Measures measureTables() {
        return new Measures(measures, spaced());
    }

    /** The change stage over {@link #changes()} and {@link #bases()}. */
    public Changes changeStage() {
        return new Changes(changes, bases, spaced());
    }

    /** The qualify stage over this lexicon, attaching periods with {@code attachment}. */
    public Qualifiers qualifiers(PeriodAttachment attachment) {
        return new Qualifiers(new Approximations(approximations), changeStage(), attachment);
    }

    /** Every basis phrase, of every basis. */
    public List<String> basisPhrases() {
        return bases.values().stream().flatMap(List::stream).toList();
    }
}
