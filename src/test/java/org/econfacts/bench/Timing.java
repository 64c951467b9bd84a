package org.econfacts.bench;

import java.util.Arrays;

/**
 * What one measured run took: wall time for all documents and each document's latency.
 * Percentiles are nearest-rank over the per-document latencies.
 */
record Timing(long wallNanos, long[] latencyNanos, int errors) {

    int docs() {
        return latencyNanos.length;
    }

    double seconds() {
        return wallNanos / 1e9;
    }

    double docsPerSecond() {
        return docs() / seconds();
    }

    double percentileMillis(double p) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
