package org.jixiao.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The link of one entry into its chain: the hash of the entry's canonical form, the hash of the link before it
 * (for the first, a fixed value of the chain, {@link #genesis}), and the hash of both with the entry's id and
 * time. The id and time are in the link itself so that the chain stays checkable when an entry past the
 * retention is gone. Plain Java.
 */
public record TrailLink(long entryId, Instant occurredAt, byte[] entryHash, byte[] previous, byte[] hash) {

    /** The digest of every chain; a chain in another (SM3) would be a chain of its own. */
    static final String DIGEST = "SHA-256";

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance(DIGEST);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** What the first entry of a chain links to: different for each chain, so no link fits another chain. */
    public static byte[] genesis(String chain) {
        return digest(CanonicalForm.of("jixiao tamper-evident trail", chain));
    }

    /** The link of the entry after the one whose hash is {@code previous}. */
    public static TrailLink after(byte[] previous, TrailEntry entry) {
        byte[] entryHash = digest(entry.canonical());
        return new TrailLink(entry.id(), entry.occurredAt(), entryHash, previous,
                hash(previous, entry.id(), entry.occurredAt(), entryHash));
    }

    /** Whether the link's own hash is that of its parts: a link changed by hand is not. */
    public boolean holdsTogether() {
        return Arrays.equals(hash, hash(previous, entryId, occurredAt, entryHash));
    }

    /** Whether this is the link of that entry as it now reads. */
    public boolean fits(TrailEntry entry) {
        return entry.id() == entryId && Arrays.equals(entryHash, digest(entry.canonical()));
    }

    static byte[] digest(byte[] bytes) {
        return SHA_256.get().digest(bytes);
    }

    private static byte[] hash(byte[] previous, long entryId, Instant occurredAt, byte[] entryHash) {
        MessageDigest digest = SHA_256.get();
        digest.update(previous);
        digest.update(CanonicalForm.of(entryId, occurredAt, entryHash));
        return digest.digest();
    }
}
