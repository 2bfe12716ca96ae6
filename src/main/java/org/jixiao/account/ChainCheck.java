package org.jixiao.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.jixiao.account.TrailBreak.Kind;

/**
 * Checks one chain in a single pass over its links, its entries and its seals, each in the order of the entries'
 * ids, holding no more than a window of recent hashes: a chain of any length is checked in constant memory. It
 * stops at the first break and names it. Plain Java.
 */
final class ChainCheck {

    /** How far back a link that skips entries is looked for, to tell entries inserted from entries deleted. */
    private static final int WINDOW = 1024;

    private final String chain;
    private final Predicate<TrailSeal> signed;

    /** @param signed whether a seal's signature is the signer's */
    ChainCheck(String chain, Predicate<TrailSeal> signed) {
        this.chain = chain;
        this.signed = signed;
    }

    /**
     * @param headEntryId the chain's head as stored: the last entry linked, null before the first
     * @param headHash    the head's hash
     * @param cuts        the seals that record purges, by entry id
     * @param links       the links, by entry id
     * @param entries     the entries, by id
     * @param seals       every seal of the chain, in the order they were made
     */
    TrailReport run(Long headEntryId, byte[] headHash, List<TrailSeal> cuts, Iterator<TrailLink> links,
            Iterator<TrailEntry> entries, Iterator<TrailSeal> seals) {
        Pass pass = new Pass(cuts, entries, seals);
        TrailBreak found = pass.run(headEntryId, headHash, links);
        return new TrailReport(chain, pass.checked, pass.sealsChecked, pass.lastSeal == null ? null : pass.lastSeal.sealedAt(),
                found);
    }

    private final class Pass {

        private final Cuts cuts;
        private final Ahead<TrailEntry> entries;
        private final Ahead<TrailSeal> seals;
        private final Window window = new Window(WINDOW);
        private long checked;
        private long sealsChecked;
        private TrailSeal lastSeal;

        Pass(List<TrailSeal> cuts, Iterator<TrailEntry> entries, Iterator<TrailSeal> seals) {
            this.cuts = new Cuts(cuts);
            this.entries = new Ahead<>(entries);
            this.seals = new Ahead<>(seals);
        }

        TrailBreak run(Long headEntryId, byte[] headHash, Iterator<TrailLink> links) {
            for (TrailSeal cut : cuts.seals) {
                if (!signed.test(cut)) {
                    return new TrailBreak(Kind.SEAL_TAMPERED, cut.entryId(), null,
                            "记录清理的封存（" + cut.sealedAt() + "）签名无效");
                }
            }
            byte[] running = TrailLink.genesis(chain);
            TrailLink last = null;
            while (links.hasNext()) {
                TrailLink link = links.next();
                TrailEntry stray = entries.peek();
                if (stray != null && stray.id() < link.entryId()) {
                    return new TrailBreak(Kind.INSERTED, stray.id(), stray.occurredAt(), "记录不在链中：链中没有它的链接");
                }
                TrailEntry entry = stray != null && stray.id() == link.entryId() ? entries.next() : null;
                if (headEntryId == null || link.entryId() > headEntryId) {
                    return new TrailBreak(Kind.INSERTED, link.entryId(), link.occurredAt(), "链接在链头之后：链头未记到它");
                }
                if (!Arrays.equals(link.previous(), running)) {
                    Long skipped = window.after(link.previous());
                    if (skipped != null) {
                        return new TrailBreak(Kind.INSERTED, skipped, null,
                                "其后的记录 " + link.entryId() + " 链接到它之前的记录：它是插入的");
                    }
                    return new TrailBreak(Kind.DELETED, link.entryId(), link.occurredAt(), (last == null
                            ? "链的开头" : "记录 " + last.entryId() + " 之后") + "、记录 " + link.entryId()
                            + " 之前的记录连同其链接被删除");
                }
                if (!link.holdsTogether()) {
                    return new TrailBreak(Kind.CHANGED, link.entryId(), link.occurredAt(), "记录的链接被修改");
                }
                if (entry == null && !cuts.purged(link)) {
                    return new TrailBreak(Kind.DELETED, link.entryId(), link.occurredAt(), "记录被删除，它的链接还在");
                }
                if (entry != null && !link.fits(entry)) {
                    return new TrailBreak(Kind.CHANGED, entry.id(), entry.occurredAt(), "记录的内容与链中的哈希不符");
                }
                running = link.hash();
                window.add(link.entryId(), running);
                last = link;
                checked++;
                for (TrailSeal seal = seals.peek(); seal != null && seal.entryId() <= link.entryId(); seal = seals.peek()) {
                    TrailBreak broken = sealed(seals.next(), link);
                    if (broken != null) {
                        return broken;
                    }
                }
            }
            TrailEntry stray = entries.peek();
            if (stray != null) {
                return new TrailBreak(Kind.INSERTED, stray.id(), stray.occurredAt(), "记录不在链中：链中没有它的链接");
            }
            TrailSeal beyond = seals.peek();
            if (beyond != null) {
                return new TrailBreak(Kind.REWRITTEN, beyond.entryId(), null, "封存于 " + beyond.sealedAt()
                        + " 的记录已不在链中：链尾被删除或改写");
            }
            if (headEntryId != null && (last == null || last.entryId() != headEntryId)) {
                return new TrailBreak(Kind.DELETED, headEntryId, null, "链头所记的最后一条记录 " + headEntryId
                        + " 不在链中：链尾被删除");
            }
            if (last != null && !Arrays.equals(headHash, running)) {
                return new TrailBreak(Kind.REWRITTEN, last.entryId(), last.occurredAt(), "链与链头所记的哈希不符");
            }
            if (lastSeal != null && !signed.test(lastSeal)) {
                return new TrailBreak(Kind.SEAL_TAMPERED, lastSeal.entryId(), null,
                        "最后一次封存（" + lastSeal.sealedAt() + "）的签名无效");
            }
            return null;
        }

        /** A seal met at the link of its entry: it follows the seal before it and names the hash the chain has there. */
        private TrailBreak sealed(TrailSeal seal, TrailLink link) {
            sealsChecked++;
            if (!Arrays.equals(seal.previous(), lastSeal == null ? null : lastSeal.digest())) {
                return new TrailBreak(Kind.SEAL_TAMPERED, seal.entryId(), null,
                        "封存于 " + seal.sealedAt() + " 的记录与其前一次封存接不上：封存被删除或伪造");
            }
            lastSeal = seal;
            if (seal.entryId() != link.entryId() || !Arrays.equals(seal.hash(), link.hash())) {
                return new TrailBreak(Kind.REWRITTEN, seal.entryId(), seal.entryId() == link.entryId()
                        ? link.occurredAt() : null, "链在记录 " + seal.entryId() + " 处与 " + seal.sealedAt()
                        + " 的封存不符：此前的记录被改写");
            }
            return null;
        }
    }

    /** Which missing entries the purges account for: those before a purge's time, up to its entry. */
    private static final class Cuts {

        private final List<TrailSeal> seals;
        /** The latest purge time of the cuts from each one on. */
        private final Instant[] latestFrom;
        private int next;

        Cuts(List<TrailSeal> seals) {
            this.seals = seals;
            latestFrom = new Instant[seals.size()];
            Instant latest = null;
            for (int i = seals.size() - 1; i >= 0; i--) {
                Instant before = seals.get(i).purgedBefore();
                latest = latest == null || before.isAfter(latest) ? before : latest;
                latestFrom[i] = latest;
            }
        }

        /** Called with links in order of their entries. */
        boolean purged(TrailLink link) {
            while (next < seals.size() && seals.get(next).entryId() < link.entryId()) {
                next++;
            }
            return next < seals.size() && link.occurredAt().isBefore(latestFrom[next]);
        }
    }

    /** The last hashes of the chain, to find the one a link skipping entries points to. */
    private static final class Window {

        private final long[] ids;
        private final byte[][] hashes;
        private int size;
        private int end;

        Window(int capacity) {
            ids = new long[capacity];
            hashes = new byte[capacity][];
        }

        void add(long id, byte[] hash) {
            ids[end] = id;
            hashes[end] = hash;
            end = (end + 1) % ids.length;
            size = Math.min(size + 1, ids.length);
        }

        /** The entry after the one with this hash, where that one is in the window and not the last. */
        Long after(byte[] hash) {
            for (int back = 2; back <= size; back++) {
                int at = Math.floorMod(end - back, ids.length);
                if (Arrays.equals(hashes[at], hash)) {
                    return ids[(at + 1) % ids.length];
                }
            }
            return null;
        }
    }

    /** An iterator that lets the next element be seen before it is taken. */
    private static final class Ahead<T> {

        private final Iterator<T> source;
        private T next;

        Ahead(Iterator<T> source) {
            this.source = source;
            this.next = source.hasNext() ? source.next() : null;
        }

        T peek() {
            return next;
        }

        T next() {
            T taken = next;
            next = source.hasNext() ? source.next() : null;
            return taken;
        }
    }
}
