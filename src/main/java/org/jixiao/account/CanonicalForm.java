package org.jixiao.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The bytes an entry of a trail is hashed as: its values in a fixed order, each a tag (absent, text, number,
 * time, bytes) and then its value, texts and bytes after their length, so that no two different rows give the
 * same bytes ("ab" + "c" is not "a" + "bc", an absent value is not an empty text). Plain Java, the same for the
 * entry as written and as read back.
 */
public final class CanonicalForm {

    private static final byte ABSENT = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte TIME = 3;
    private static final byte BYTES = 4;

    private CanonicalForm() {
    }

    /** The values as bytes: each a {@link String}, {@link Long} or {@link Integer}, {@link Instant}, enum, byte[] or null. */
    public static byte[] of(Object... values) {
        Bytes out = new Bytes();
        for (Object value : values) {
            if (value == null) {
                out.put(ABSENT);
            } else if (value instanceof String text) {
                out.lengthAndBytes(TEXT, text.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Enum<?> constant) {
                out.lengthAndBytes(TEXT, constant.name().getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Long || value instanceof Integer) {
                out.put(NUMBER);
                out.putLong(((Number) value).longValue());
            } else if (value instanceof Instant time) {
                out.put(TIME);
                out.putLong(time.getEpochSecond());
                out.putInt(time.getNano());
            } else if (value instanceof byte[] bytes) {
                out.lengthAndBytes(BYTES, bytes);
            } else {
                throw new IllegalArgumentException("no canonical form for " + value.getClass().getSimpleName());
            }
        }
        return out.toArray();
    }

    /** A growing array written big-endian: a million entries are encoded for each check, so no stream per value. */
    private static final class Bytes {

        private byte[] bytes = new byte[256];
        private int size;

        void put(byte b) {
            room(1);
            bytes[size++] = b;
        }

        void putInt(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
        }

        void putLong(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
        }

        void lengthAndBytes(byte tag, byte[] value) {
            put(tag);
            putInt(value.length);
            room(value.length);
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
