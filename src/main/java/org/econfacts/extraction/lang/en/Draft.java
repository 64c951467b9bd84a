package org.econfacts.extraction.lang.en;

import org.econfacts.normalization.FigureValue;

/**
 * A figure found in a sentence before qualification: its value, the tokens of the number
 * [{@code numFrom}, {@code numTo}) and of the whole span [{@code from}, {@code to}), and the rule name.
 */
record Draft(FigureValue value, int from, int to, int numFrom, int numTo, String rule) {}
