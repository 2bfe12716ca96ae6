package org.jixiao.account;

/**
 * Signs the seals of the trail and checks their signatures. The key must be out of the reach of whoever
 * administers the database, or a rewritten chain could be sealed again. The default is {@link KeyFileSigner}; a
 * deployment may declare a bean of its own (a keystore, SM2 with SM3).
 */
public interface TrailSigner {

    /** The signature algorithm, as Java names it (e.g. {@code SHA256withECDSA}). */
    String algorithm();

    /** Which key signs: recorded with each seal. */
    String keyId();

    byte[] sign(byte[] message);

    /** Whether the signature is this signer's key's over the message, with the algorithm named. */
    boolean verify(byte[] message, byte[] signature, String algorithm, String keyId);
}
