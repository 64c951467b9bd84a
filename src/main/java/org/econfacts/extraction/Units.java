package org.econfacts.extraction;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A sentence cut into the units its language's phrases are written in, so that a stage reading
 * phrases around a figure ({@link Approximations}, {@link PhraseTable}) is the same code for every
 * language: words for English (lower-cased tokens; a phrase of several words is written with spaces,
 * "more than"), characters for Chinese (the folded text; phrases are written solid, {@code 超过}).
 * Each unit knows its character offsets in the sentence.
 */
public interface Units {

    int size();

    /** Units {@code [from, to)} as a phrase of the lexicon is written. */
    String joined(int from, int to);

    /** Character offset where unit {@code i} starts. */
    int start(int i);

    /** Character offset where unit {@code i} ends. */
    int end(int i);

    /** Whether phrases are words written with spaces between (else characters written solid). */
    boolean spaced();

    /** The characters of {@code text}: unit {@code i} is character {@code i}. */
    static Units chars(String text) {
        return new Chars(text);
    }

    /** Tokens read by {@code form} (a lower-cased word), with their offsets. */
    static <T> Units words(List<T> tokens, Function<T, String> form, ToIntFunction<T> start, ToIntFunction<T> end) {
        return new Words<>(tokens, form, start, end);
    }

    /** Tokens read by {@code form}, for lookups that need no offsets. */
    static <T> Units words(List<T> tokens, Function<T, String> form) {
        return new Words<>(tokens, form, t -> -1, t -> -1);
    }

    /** Characters of a text. */
    record Chars(String text) implements Units {
        @Override
        public int size() {
            return text.length();
        }

        @Override
        public String joined(int from, int to) {
            return text.substring(from, to);
        }

        @Override
        public int start(int i) {
            return i;
        }

        @Override
        public int end(int i) {
            return i + 1;
        }

        @Override
        public boolean spaced() {
            return false;
        }
    }

    /** Words of a token list. */
    record Words<T>(List<T> tokens, Function<T, String> form, ToIntFunction<T> starts, ToIntFunction<T> ends)
            implements Units {
        @Override
        public int size() {
            return tokens.size();
        }

        @Override
        public String joined(int from, int to) {
            if (to - from == 1) {
                return form.apply(tokens.get(from));
            }
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from) {
                    b.append(' ');
                }
                b.append(form.apply(tokens.get(k)));
            }
            return b.toString();
        }

        @Override
        public int start(int i) {
            return starts.applyAsInt(tokens.get(i));
        }

        @Override
        public int end(int i) {
            return ends.applyAsInt(tokens.get(i));
        }

        @Override
        public boolean spaced() {
            return true;
        }
    }
}
