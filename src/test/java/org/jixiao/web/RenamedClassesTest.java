package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session saved before the pages moved beside their features (a pending upload's source spot, a new password to
 * show) reads back after the upgrade as the same value under the class's present name.
 */
class RenamedClassesTest {

    @Test
    void anAttributeWrittenUnderItsOldNameReadsAsThePresentClass() throws Exception {
        for (Map.Entry<String, String> renamed : Map.of(
                "org.jixiao.web.SourceSpot", "org.jixiao.evaluation.web.SourceSpot",
                "org.jixiao.web.AccountAdminController$ShownPassword",
                "org.jixiao.account.web.AccountAdminController$ShownPassword").entrySet()) {
            Object value = instance(renamed.getValue());
            byte[] old = replaceName(serialized(value), renamed.getValue(), renamed.getKey());

            Object read = RenamedClasses.read(new ByteArrayInputStream(old));

            assertThat(read).isEqualTo(value);
            assertThat(read.getClass().getName()).isEqualTo(renamed.getValue());
        }
    }

    @Test
    void everyOldNameHasAPresentClass() throws ClassNotFoundException {
        for (String present : RenamedClasses.RENAMED.values()) {
            assertThat(Class.forName(present)).isNotNull();
        }
    }

    private static Object instance(String className) throws Exception {
        Constructor<?> canonical = Class.forName(className).getDeclaredConstructors()[0];
        canonical.setAccessible(true);
        Object[] arguments = new Object[canonical.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Class<?> type = canonical.getParameterTypes()[i];
            arguments[i] = type == int.class ? i + 3 : type == Integer.class ? Integer.valueOf(7) : "值" + i;
        }
        return canonical.newInstance(arguments);
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** The stream with a class's name (a length-prefixed UTF string) written as another. */
    private static byte[] replaceName(byte[] stream, String from, String to) {
        byte[] a = utf(from);
        byte[] b = utf(to);
        for (int i = 0; i <= stream.length - a.length; i++) {
            boolean match = true;
            for (int k = 0; k < a.length && match; k++) {
                match = stream[i + k] == a[k];
            }
            if (match) {
                byte[] out = new byte[stream.length - a.length + b.length];
                System.arraycopy(stream, 0, out, 0, i);
                System.arraycopy(b, 0, out, i, b.length);
                System.arraycopy(stream, i + a.length, out, i + b.length, stream.length - i - a.length);
                return out;
            }
        }
        throw new AssertionError(from + " is not in the stream");
    }

    private static byte[] utf(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) (text.length >> 8);
        out[1] = (byte) text.length;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }
}
