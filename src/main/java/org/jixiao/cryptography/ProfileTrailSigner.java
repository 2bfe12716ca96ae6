package org.jixiao.cryptography;

import java.nio.file.Path;
import org.jixiao.account.KeyFileSigner;
import org.jixiao.account.TrailSigner;
import org.jixiao.seal.SealProfile;

/**
 * Signs the trail's seals under the profile in use: the configured JDK algorithm (ECDSA on P-256 by default) in
 * the international profile, SM2 with SM3 under 国密, each with its own key file (the SM2 one beside the other,
 * named {@code …-sm2.pem}). A seal made before the profile was changed is checked with its own profile's key, so
 * that changing the profile does not make every earlier seal look forged.
 */
final class ProfileTrailSigner implements TrailSigner {

    private final KeyFileSigner current;
    private final KeyFileSigner other;

    ProfileTrailSigner(Path file, String internationalAlgorithm, SealProfile profile) {
        KeyFileSigner international = new KeyFileSigner(file, internationalAlgorithm);
        KeyFileSigner guomi = new KeyFileSigner(sm2File(file), SealProfile.GUOMI.signatureAlgorithm(),
                SealProfile.GUOMI.curve(), SealProfile.provider());
        this.current = profile == SealProfile.GUOMI ? guomi : international;
        this.other = profile == SealProfile.GUOMI ? international : guomi;
    }

    static Path sm2File(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sm2 = dot > 0 ? name.substring(0, dot) + "-sm2" + name.substring(dot) : name + "-sm2";
        return file.resolveSibling(sm2);
    }

    @Override
    public String algorithm() {
        return current.algorithm();
    }

    @Override
    public String keyId() {
        return current.keyId();
    }

    @Override
    public byte[] sign(byte[] message) {
        return current.sign(message);
    }

    @Override
    public boolean verify(byte[] message, byte[] signature, String algorithm, String keyId) {
        if (!current.algorithm().equals(algorithm) && other.algorithm().equals(algorithm) && other.present()) {
            return other.verify(message, signature, algorithm, keyId);
        }
        return current.verify(message, signature, algorithm, keyId);
    }
}
