package org.econfacts.extraction.lang.zh;

import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.FigureValue;

/** A figure read from folded text at {@code [start, end)}, before change and period are added. */
record Reading(FigureValue value, Approximation approximation, int start, int end, String rule) {}
