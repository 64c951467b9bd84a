package org.econfacts.document;

import java.util.List;
import org.econfacts.fact.FactView;

/**
 * A disagreement between the languages of a bilingual document: a twin pair whose {@code reasons}
 * say what differs (VALUE, APPROXIMATION, CHANGE, PERIOD), or a figure with reason NO_TWIN and only
 * one side set. {@code detail} says it in words, e.g. "value: 15 % (en) vs 15.3 % (zh-Hant)".
 */
public record DiscrepancyView(List<Reason> reasons, String detail, FactView english, FactView chinese) {

    public enum Reason {
        VALUE,
        APPROXIMATION,
        CHANGE,
        PERIOD,
        NO_TWIN
    }
}
