package org.jixiao.database;

import java.util.function.Supplier;

/**
 * Marks the work of the current thread as reading only, from the replica where one is configured. Without a
 * replica the mark changes nothing. A write while marked goes to the replica and is refused there: loudly, never
 * lost.
 */
final class ReplicaReads {

    private static final ThreadLocal<Boolean> MARKED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    public static <T> T run(Supplier<T> reads) {
        Boolean before = MARKED.get();
        MARKED.set(Boolean.TRUE);
        try {
            return reads.get();
        } finally {
            if (before == null) {
                MARKED.remove();
            } else {
                MARKED.set(before);
            }
        }
    }

    static void mark() {
        MARKED.set(Boolean.TRUE);
    }

    static void clear() {
        MARKED.remove();
    }

    static boolean marked() {
        return Boolean.TRUE.equals(MARKED.get());
    }
}
