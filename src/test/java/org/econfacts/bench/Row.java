package org.econfacts.bench;

/**
 * One line of the result table. {@code tokens} and {@code hanChars} are the amounts of English
 * tokens and Chinese characters read in the run ({@link TextSize}); {@code heapMb} and {@code note}
 * may be empty.
 */
record Row(String what, String set, int threads, Timing timing, long tokens, long hanChars, String heapMb, String note) {

    static final String HEADER = "| what | set | threads / clients | docs | docs/s | EN tokens/s | Han chars/s"
            + " | p50 ms | p99 ms | errors | heap MB | note |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    String markdown() {
        double s = timing.seconds();
        return String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d | %.1f | %s | %s | %.0f | %.0f | %d | %s | %s |",
                what, set, threads, timing.docs(), timing.docsPerSecond(),
                tokens == 0 ? "–" : String.format(java.util.Locale.ROOT, "%,.0f", tokens / s),
                hanChars == 0 ? "–" : String.format(java.util.Locale.ROOT, "%,.0f", hanChars / s),
                timing.percentileMillis(50), timing.percentileMillis(99), timing.errors(),
                heapMb.isEmpty() ? "–" : heapMb, note);
    }
}
