package org.jixiao.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Bouncy Castle as this package's provider, handed to each call rather than installed in the JVM for everyone. */
final class Crypto {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private Crypto() {
    }

    /**
     * The profile's digest: SHA-256 from the JDK, whose intrinsics hash a report's PDF several times faster than
     * Bouncy Castle's Java code; SM3 from Bouncy Castle, the only one that has it.
     */
    static MessageDigest digest(SealProfile profile) {
        try {
            return profile == SealProfile.INTERNATIONAL ? MessageDigest.getInstance(profile.digest())
                    : MessageDigest.getInstance(profile.digest(), PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(profile.digest() + " is part of Bouncy Castle", e);
        }
    }

    /** Digests for a CMS signature, from where {@link #digest} takes them. */
    static DigestCalculatorProvider digestCalculators(SealProfile profile) throws OperatorCreationException {
        JcaDigestCalculatorProviderBuilder builder = new JcaDigestCalculatorProviderBuilder();
        return (profile == SealProfile.INTERNATIONAL ? builder : builder.setProvider(PROVIDER)).build();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
