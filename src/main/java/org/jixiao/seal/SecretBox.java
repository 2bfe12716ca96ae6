package org.jixiao.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets the application keeps in its database (TOTP seeds, the keys it generates), sealed under a key kept
 * outside it: AES-256-GCM in the international profile, SM4-GCM (GB/T 32907) under 国密. A sealed text names its
 * cipher ({@code sm4-gcm:…}), so one sealed under the other profile still opens and can be sealed again under the
 * current one. The context (what the secret belongs to, such as {@code second_factor:17}) is authenticated with it:
 * a sealed secret copied onto another row does not open there.
 */
public final class SecretBox {

    /** The length of the key kept outside the database; each cipher's own key is derived from it. */
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private enum Kind {
        AES_GCM("aes-gcm", "AES", 32, "HmacSHA256"),
        SM4_GCM("sm4-gcm", "SM4", 16, "HMACSM3");

        final String prefix;
        final String algorithm;
        final int keyBytes;
        final String derivation;

        Kind(String prefix, String algorithm, int keyBytes, String derivation) {
            this.prefix = prefix;
            this.algorithm = algorithm;
            this.keyBytes = keyBytes;
            this.derivation = derivation;
        }

        static Kind of(SealProfile profile) {
            return profile == SealProfile.GUOMI ? SM4_GCM : AES_GCM;
        }
    }

    private final Kind current;
    private final byte[] key;

    public SecretBox(SealProfile profile, byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("密钥应为 " + KEY_BYTES + " 字节，实为 " + key.length);
        }
        this.current = Kind.of(profile);
        this.key = key.clone();
    }

    /** A fresh key for {@link #SecretBox}. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The secret sealed under the current profile's cipher, as text fit for a column. */
    public String seal(byte[] secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(current, Cipher.ENCRYPT_MODE, nonce, secret, context);
        return current.prefix + ":" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /** The secret a sealed text holds; refused where it was changed, sealed for another context or another key. */
    public byte[] open(String sealed, String context) {
        Kind kind = kindOf(sealed);
        if (kind == null) {
            throw new SealException("不是加密保存的密文（应以 aes-gcm: 或 sm4-gcm: 开头）");
        }
        byte[] whole;
        try {
            whole = Base64.getDecoder().decode(sealed.substring(kind.prefix.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new SealException("密文已损坏：不是 Base64");
        }
        if (whole.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealException("密文已损坏：长度不足");
        }
        return run(kind, Cipher.DECRYPT_MODE, Arrays.copyOf(whole, NONCE_BYTES),
                Arrays.copyOfRange(whole, NONCE_BYTES, whole.length), context);
    }

    /** Whether a stored text is sealed at all (a secret kept before sealing began is not). */
    public static boolean isSealed(String stored) {
        return kindOf(stored) != null;
    }

    /** Whether a stored text is sealed with the current profile's cipher; one that is not is to be sealed again. */
    public boolean isCurrent(String stored) {
        return kindOf(stored) == current;
    }

    private static Kind kindOf(String stored) {
        if (stored != null) {
            for (Kind kind : Kind.values()) {
                if (stored.startsWith(kind.prefix + ":")) {
                    return kind;
                }
            }
        }
        return null;
    }

    private byte[] run(Kind kind, int mode, byte[] nonce, byte[] input, String context) {
        try {
            Cipher cipher = Cipher.getInstance(kind.algorithm + "/GCM/NoPadding", Crypto.PROVIDER);
            cipher.init(mode, new SecretKeySpec(derived(kind), kind.algorithm), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SealException("密文无法解开：已被改动，或不属于“" + context + "”，或加密它的密钥不是当前的密钥");
        } catch (GeneralSecurityException e) {
            throw new SealException("无法用 " + kind.prefix + " 加解密：" + e.getMessage(), e);
        }
    }

    /** The cipher's own key, derived from the kept one by the profile's MAC, so that one key serves both ciphers. */
    private byte[] derived(Kind kind) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(kind.derivation, Crypto.PROVIDER);
        mac.init(new SecretKeySpec(key, kind.derivation));
        return Arrays.copyOf(mac.doFinal(("jixiao secrets " + kind.prefix).getBytes(StandardCharsets.US_ASCII)),
                kind.keyBytes);
    }
}
