package org.econfacts.bench;

/** Heap use of this JVM, for the in-process rows. */
final class Heap {

    private Heap() {}

    /** Used heap after asking for full collections (System.gc is a request; three usually settle it). */
    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static String mb(long bytes) {
        return String.valueOf(Math.round(bytes / 1048576.0));
    }
}
