package org.jixiao.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Bouncy Castle as this package's provider, handed to each call rather than installed in the JVM for everyone. */
final class Crypto {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private Crypto() {
    }

    static MessageDigest digest(SealProfile profile) {
        try {
            return MessageDigest.getInstance(profile.digest(), PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(profile.digest() + " is part of Bouncy Castle", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
