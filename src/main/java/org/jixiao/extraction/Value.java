package org.jixiao.extraction;

/** A value read from the source, with the offsets in {@link SourceText} it was read between. */
record Value<T>(T value, int start, int end) {

    static <T> Value<T> of(T value, int start, int end) {
        return value == null ? null : new Value<>(value, start, end);
    }

    static <T> T get(Value<T> v) {
        return v == null ? null : v.value();
    }
}
