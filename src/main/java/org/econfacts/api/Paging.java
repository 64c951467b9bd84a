package org.econfacts.api;

import org.econfacts.config.EconfactsConfig;

/** Validates page number and size for every listing (size capped by configuration). */
public final class Paging {
    private Paging() {}

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new DomainException.InvalidQuery("page", "page must be 0 or more");
        }
        return page;
    }

    public static int size(Integer size, EconfactsConfig config) {
        if (size == null) {
            return config.limits().defaultPageSize();
        }
        if (size < 1 || size > config.limits().maxPageSize()) {
            throw new DomainException.InvalidQuery("size", "size must be between 1 and " + config.limits().maxPageSize());
        }
        return size;
    }

    /** An optional ISO date parameter; a bad one is a 400 naming it. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException.InvalidQuery(name, name + " must be a date YYYY-MM-DD");
        }
    }
}
