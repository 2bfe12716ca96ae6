package org.jixiao.account;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (Object value : values) {
            if (value == null) {
                out.write(ABSENT);
            } else if (value instanceof String text) {
                lengthAndBytes(out, TEXT, text.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Enum<?> constant) {
                lengthAndBytes(out, TEXT, constant.name().getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Long || value instanceof Integer) {
                out.write(NUMBER);
                out.writeBytes(ByteBuffer.allocate(8).putLong(((Number) value).longValue()).array());
            } else if (value instanceof Instant time) {
                out.write(TIME);
                out.writeBytes(ByteBuffer.allocate(12).putLong(time.getEpochSecond()).putInt(time.getNano()).array());
            } else if (value instanceof byte[] bytes) {
                lengthAndBytes(out, BYTES, bytes);
            } else {
                throw new IllegalArgumentException("no canonical form for " + value.getClass().getSimpleName());
            }
        }
        return out.toByteArray();
    }

    private static void lengthAndBytes(ByteArrayOutputStream out, byte tag, byte[] bytes) {
        out.write(tag);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
