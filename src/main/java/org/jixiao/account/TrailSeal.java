package org.jixiao.account;

import java.time.Instant;

/**
 * A signed statement that a chain's head was {@code hash} at entry {@code entryId} at {@code sealedAt}; one made by a
 * purge says too that the entries before {@code purgedBefore} up to that entry were removed by the retention. Each
 * seal names the digest of the one before it, so the seals are a chain as well: a seal removed or changed breaks
 * it, and checking the last signature vouches for all. Plain Java.
 *
 * @param previous the {@link #digest()} of the chain's seal before, or null for its first
 */
public record TrailSeal(String chain, long entryId, byte[] hash, Instant sealedAt, Instant purgedBefore,
        byte[] previous, String algorithm, String keyId, byte[] signature) {

    /** What is signed: every field but the signature. */
    public byte[] message() {
        return CanonicalForm.of("jixiao trail seal", chain, entryId, hash, sealedAt, purgedBefore, previous, algorithm,
                keyId);
    }

    /** What the next seal names as its previous. */
    public byte[] digest() {
        return TrailLink.digest(message());
    }

    /** The seal with its signature (over {@link #message()}, which leaves the signature out). */
    public TrailSeal signed(byte[] signature) {
        return new TrailSeal(chain, entryId, hash, sealedAt, purgedBefore, previous, algorithm, keyId, signature);
    }

    /** Whether the seal records a purge. */
    public boolean isCut() {
        return purgedBefore != null;
    }
}
