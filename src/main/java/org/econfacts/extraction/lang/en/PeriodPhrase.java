package org.econfacts.extraction.lang.en;

import org.econfacts.normalization.Period;

/** A period expression found in a text: half-open local offsets and the resolved period. */
public record PeriodPhrase(int start, int end, Period period, String rule) {}
