package org.jixiao.account;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.jixiao.account.internal.Totp;

/**
 * The secret an account shares with its authenticator app: 20 random bytes (the length of an HMAC-SHA1 key, as
 * RFC 4226 recommends), written as Base32 without padding (RFC 4648) for typing and in an {@code otpauth://} URI
 * for a QR code.
 */
public record TotpSecret(byte[] bytes) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "jixiao";

    public TotpSecret {
        bytes = bytes.clone();
    }

    public static TotpSecret random() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String base32() {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** Reads Base32 as {@link #base32()} writes it; case, spaces and padding do not matter. */
    public static TotpSecret fromBase32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase().replace(" ", "").replace("=", "").toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return new TotpSecret(out.toByteArray());
    }

    /** The key URI authenticator apps read (Google Authenticator's key URI format). */
    public String uri(String username) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%3A", ":");
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + ISSUER + "&digits=" + Totp.DIGITS
                + "&period=" + Totp.PERIOD_SECONDS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]"; // a secret must not reach a log through toString
    }
}
