package org.econfacts.api;

import org.econfacts.config.EconfactsConfig;

/** Validates page number and size for every listing (size capped by configuration). */
public final class Paging {
    private Paging() {}

    /**
     * The page number of a listing, from the raw query value: a whole number from 0 such that page × size
     * is still a row offset (beyond that the databases fail: "First result cannot be negative").
     */
    public static int page(String raw, int size) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        long page = whole("page", raw);
        if (page < 0) {
            throw new DomainException.InvalidQuery("page", "page must be 0 or more");
        }
        if (page * size > Integer.MAX_VALUE) {
            throw new DomainException.InvalidQuery("page", "page must be at most " + Integer.MAX_VALUE / size
                    + " with size " + size);
        }
        return (int) page;
    }

    /** The page size of a listing, from the raw query value (capped by configuration). */
    public static int size(String raw, EconfactsConfig config) {
        if (raw == null || raw.isBlank()) {
            return config.limits().defaultPageSize();
        }
        long size = whole("size", raw);
        if (size < 1 || size > config.limits().maxPageSize()) {
            throw new DomainException.InvalidQuery("size", "size must be between 1 and " + config.limits().maxPageSize());
        }
        return (int) size;
    }

    private static long whole(String name, String raw) {
        String v = raw.strip();
        if (!v.matches("-?\\d{1,12}")) {
            throw new DomainException.InvalidQuery(name, name + " must be a whole number, not '" + abbreviate(v) + "'");
        }
        return Long.parseLong(v);
    }

    /** A caller's value echoed in a message, cut short. */
    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    /** An optional date parameter, exactly YYYY-MM-DD (see {@link IsoDate}); a bad one is a 400 naming it. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return IsoDate.parse(value.strip())
                .orElseThrow(() -> new DomainException.InvalidQuery(name, name + " must be a date YYYY-MM-DD"));
    }
}
