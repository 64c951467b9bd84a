package org.econfacts.normalization;

/** How exactly the text states a figure ({@code some 40} is ABOUT, {@code 逾70} is MORE_THAN). */
public enum Approximation {
    EXACT,
    ABOUT,
    MORE_THAN,
    LESS_THAN,
    NEARLY,
    AT_LEAST,
    AT_MOST
}
