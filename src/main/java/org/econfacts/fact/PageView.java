package org.econfacts.fact;

import java.util.List;

/** One page of a listing: the items, the page asked for (0-based), its size and the total. */
public record PageView<T>(List<T> items, int page, int size, long total) {}
