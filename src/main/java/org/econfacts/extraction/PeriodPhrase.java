package org.econfacts.extraction;

import org.econfacts.normalization.Period;

/** A period expression found in a text: half-open offsets, the resolved period and the name of its rule. */
public record PeriodPhrase(int start, int end, Period period, String rule) {}
