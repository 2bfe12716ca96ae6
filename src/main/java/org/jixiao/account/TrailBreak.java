package org.jixiao.account;

import java.time.Instant;

/**
 * The first place a chain does not hold: which entry, when it happened (where known), how, and in words.
 *
 * @param entryId    the entry named: the one changed, deleted or inserted; for a gap whose entries are gone with
 *                   their links, the first entry after it; for a rewrite, the entry of the seal it contradicts
 * @param occurredAt when that entry happened, or null where nothing of it is left
 */
public record TrailBreak(Kind kind, long entryId, Instant occurredAt, String detail) {

    /** How the chain was broken. */
    public enum Kind {
        /** The entry (or its link) no longer hashes to what was linked. */
        CHANGED("被修改"),
        /** An entry is gone: its link is left without it, or the chain jumps over it. */
        DELETED("被删除"),
        /** An entry is in the table but not in the chain, or the chain links past it. */
        INSERTED("被插入"),
        /** The chain holds together but not with its seal or head: rewritten as a whole. */
        REWRITTEN("被整体改写"),
        /** A seal was removed, changed or forged: the seals' own chain or signature does not hold. */
        SEAL_TAMPERED("封存记录被删改");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
