package org.jixiao.seal;

import java.security.Provider;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;

/**
 * The algorithms a seal is made with. The international profile is what PDF readers validate; 国密 is what a
 * commercial-cryptography assessment (密评) expects, and readers without SM2 support show its signature as unknown.
 */
public enum SealProfile {

    INTERNATIONAL("SHA-256", "sha256", NISTObjectIdentifiers.id_sha256, "EC", "secp256r1", "SHA256withECDSA"),
    GUOMI("SM3", "sm3", GMObjectIdentifiers.sm3, "EC", "sm2p256v1", "SM3withSM2");

    private final String digest;
    private final String prefix;
    private final ASN1ObjectIdentifier digestOid;
    private final String keyAlgorithm;
    private final String curve;
    private final String signatureAlgorithm;

    SealProfile(String digest, String prefix, ASN1ObjectIdentifier digestOid, String keyAlgorithm, String curve,
            String signatureAlgorithm) {
        this.digest = digest;
        this.prefix = prefix;
        this.digestOid = digestOid;
        this.keyAlgorithm = keyAlgorithm;
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The digest's name for Bouncy Castle's MessageDigest. */
    public String digest() {
        return digest;
    }

    /** How a digest written out names its algorithm: {@code sha256:…}, {@code sm3:…}. */
    public String prefix() {
        return prefix;
    }

    ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The curve of the profile's keys: P-256, or SM2's own. */
    public String curve() {
        return curve;
    }

    /** The signature algorithm of the profile's EC keys, as Java names it: SHA256withECDSA or SM3withSM2. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The provider that has the profile's algorithms (Bouncy Castle), to hand to each call: it is not installed. */
    public static Provider provider() {
        return Crypto.PROVIDER;
    }

    /**
     * The signature algorithm for a key of this profile: SM2 keys always sign with SM3; an international RSA key
     * signs with SHA256withRSA.
     */
    String signatureAlgorithm(String keyAlgorithm) {
        if (this == INTERNATIONAL && "RSA".equals(keyAlgorithm)) {
            return "SHA256withRSA";
        }
        return signatureAlgorithm;
    }

    /** The profile a written digest names, or null. */
    public static SealProfile ofPrefix(String prefix) {
        for (SealProfile p : values()) {
            if (p.prefix.equals(prefix)) {
                return p;
            }
        }
        return null;
    }

    /** The profile a setting names: {@code international} (the default) or {@code guomi} (also 国密, sm). */
    public static SealProfile named(String name) {
        if (name == null || name.isBlank()) {
            return INTERNATIONAL;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "international", "default" -> INTERNATIONAL;
            case "guomi", "国密", "sm", "gm" -> GUOMI;
            default -> throw new IllegalArgumentException("未知的密码配置“" + name + "”：可选 international 或 guomi（国密）");
        };
    }
}
