package org.econfacts.extraction;

/**
 * What kind of economic indicator a fact is; rules in {@code extraction/common/categories.yaml},
 * documented in docs/categories.md.
 */
public enum Category {
    TRADE,
    EXPORT,
    IMPORT,
    TRADE_BALANCE,
    INVESTMENT,
    VALUE_ADDED,
    OUTPUT,
    GDP,
    SHARE,
    GROWTH_RATE,
    PRICE,
    REVENUE,
    PROFIT,
    DEBT,
    BALANCE_OF_PAYMENTS,
    BUDGET,
    RESERVES,
    MONETARY,
    INTEREST_RATE,
    INFLATION,
    CONSUMPTION,
    INVENTORY,
    ORDERS,
    EMPLOYMENT,
    ORGANIZATION_COUNT,
    PEOPLE_COUNT,
    REGION_COUNT,
    OTHER
}
