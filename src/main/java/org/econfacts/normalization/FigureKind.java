package org.econfacts.normalization;

/** The four kinds of figure the service stores. */
public enum FigureKind {
    MONEY,
    PERCENT,
    COUNT,
    QUANTITY
}
