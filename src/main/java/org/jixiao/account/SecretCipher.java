package org.jixiao.account;

/**
 * Seals the secrets the application keeps in its database (TOTP seeds, keys it generates) under a key kept outside
 * it, so that a copy of the database or its backups does not give them away: AES-GCM, or SM4-GCM under the 国密
 * profile (docs/security.md, "Secrets at rest"). The context names what the secret belongs to; a sealed secret
 * opens only in its own context.
 */
public interface SecretCipher {

    /** The secret sealed, as text for a column. */
    String seal(byte[] secret, String context);

    /** The secret back; refused where the text was changed, moved to another context, or sealed under another key. */
    byte[] open(String sealed, String context);

    /** Whether a stored text is sealed at all: secrets kept before sealing began are plain. */
    boolean isSealed(String stored);

    /** Whether a stored text is sealed with the cipher of the profile in use, rather than the other profile's. */
    boolean isCurrent(String stored);
}
