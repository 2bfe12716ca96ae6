package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.TrailBreak.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on chains made in memory: each way of tampering is found and named, a purge of the oldest is not. */
class ChainCheckTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path keys;

    @Test
    void aChainAsWrittenIsSound() {
        Chain chain = new Chain(10).sealAt(4).sealAt(10);

        TrailReport report = chain.check();

        assertThat(report.sound()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(10);
        assertThat(report.sealsChecked()).isEqualTo(2);
        assertThat(report.lastSealedAt()).isNotNull();
    }

    @Test
    void anEditedEntryIsNamedChanged() {
        Chain chain = new Chain(10);
        chain.entries.set(5, entry(6, "改过的内容"));

        assertBreak(chain.check(), Kind.CHANGED, 6);
    }

    @Test
    void anEditedLinkIsNamedChanged() {
        Chain chain = new Chain(10);
        TrailLink link = chain.links.get(3);
        chain.links.set(3, new TrailLink(link.entryId(), link.occurredAt().minusSeconds(1), link.entryHash(),
                link.previous(), link.hash()));

        assertBreak(chain.check(), Kind.CHANGED, 4);
    }

    @Test
    void aDeletedEntryIsNamedByItsLink() {
        Chain chain = new Chain(10);
        chain.entries.remove(6);

        TrailBreak found = assertBreak(chain.check(), Kind.DELETED, 7);
        assertThat(found.occurredAt()).isEqualTo(START.plusSeconds(7));
    }

    @Test
    void anEntryDeletedWithItsLinkLeavesAGapBeforeTheNext() {
        Chain chain = new Chain(10);
        chain.entries.remove(6);
        chain.links.remove(6);

        TrailBreak found = assertBreak(chain.check(), Kind.DELETED, 8);
        assertThat(found.detail()).contains("记录 6 之后", "记录 8 之前");
    }

    @Test
    void theNewestEntriesDeletedWithTheirLinksAreFoundByTheHead() {
        Chain chain = new Chain(10);
        chain.entries.subList(8, 10).clear();
        chain.links.subList(8, 10).clear();

        assertBreak(chain.check(), Kind.DELETED, 10);
    }

    @Test
    void anEntryWithoutALinkIsNamedInserted() {
        Chain chain = new Chain(10);
        chain.entries.add(10, entry(11, "数据库管理员加的"));

        assertBreak(chain.check(), Kind.INSERTED, 11);
    }

    @Test
    void anEntryLinkedInByHandIsNamedInsertedByTheLinkAfterIt() {
        Chain chain = new Chain(10, 2); // ids 2, 4, 6 …: room between them
        TrailEntry forged = entry(7, "插进来的");
        chain.entries.add(3, forged);
        chain.links.add(3, TrailLink.after(chain.links.get(2).hash(), forged));

        assertBreak(chain.check(), Kind.INSERTED, 7);
    }

    @Test
    void aWholeChainRewrittenHoldsTogetherButNotWithItsSeal() {
        Chain chain = new Chain(10).sealAt(8);
        chain.entries.set(2, entry(3, "改写"));
        chain.relink();

        assertBreak(chain.check(), Kind.REWRITTEN, 8);
    }

    @Test
    void aRewriteAfterTheLastSealIsNotFoundWithoutOne() {
        Chain chain = new Chain(10).sealAt(5);
        chain.entries.set(7, entry(8, "改写"));
        chain.relink();

        assertThat(chain.check().sound()).as("only a seal outside the rewrite can tell").isTrue();
    }

    @Test
    void aPurgeOfTheOldestIsSoundADeletionInTheMiddleIsNot() {
        Chain chain = new Chain(10).cut(6, START.plusSeconds(4));
        chain.entries.subList(0, 3).clear(); // entries 1–3: before the purge's time

        assertThat(chain.check().sound()).isTrue();

        chain.entries.remove(1); // entry 5: after the purge's time
        assertBreak(chain.check(), Kind.DELETED, 5);
    }

    @Test
    void aPurgeExcusesNoEntryLinkedAfterIt() {
        Chain chain = new Chain(10).cut(6, START.plusSeconds(100));
        chain.entries.remove(7); // entry 8 is older than the purge's time but came after it

        assertBreak(chain.check(), Kind.DELETED, 8);
    }

    @Test
    void aSealRemovedOrForgedIsFound() {
        Chain removed = new Chain(10).sealAt(3).sealAt(6).sealAt(9);
        removed.seals.remove(1);
        assertBreak(removed.check(), Kind.SEAL_TAMPERED, 9);

        Chain forged = new Chain(10).sealAt(3).sealAt(6);
        TrailSeal last = forged.seals.get(1);
        forged.seals.set(1, last.signed(forged.seals.get(0).signature()));
        assertBreak(forged.check(), Kind.SEAL_TAMPERED, 6);
    }

    private static TrailBreak assertBreak(TrailReport report, Kind kind, long entryId) {
        assertThat(report.firstBreak()).as("a break").isNotNull();
        assertThat(report.firstBreak().kind()).isEqualTo(kind);
        assertThat(report.firstBreak().entryId()).isEqualTo(entryId);
        return report.firstBreak();
    }

    private static TrailEntry entry(long id, String text) {
        Instant at = START.plusSeconds(id);
        return new TrailEntry(id, at, CanonicalForm.of(id, at, "someone", text, null));
    }

    /** A chain of entries with ids step, 2 step, …, their links, seals and head. */
    private final class Chain {

        final List<TrailEntry> entries = new ArrayList<>();
        final List<TrailLink> links = new ArrayList<>();
        final List<TrailSeal> seals = new ArrayList<>();
        final KeyFileSigner signer = new KeyFileSigner(keys.resolve("key.pem"), "SHA256withECDSA");
        Long headId;
        byte[] headHash;

        Chain(int size) {
            this(size, 1);
        }

        Chain(int size, int step) {
            for (int i = 1; i <= size; i++) {
                entries.add(entry((long) i * step, "第 " + i + " 条"));
            }
            relink();
        }

        /** Links the entries as they are now, as a database administrator rewriting the chain would. */
        void relink() {
            links.clear();
            byte[] previous = TrailLink.genesis("test");
            for (TrailEntry entry : entries) {
                links.add(TrailLink.after(previous, entry));
                previous = links.get(links.size() - 1).hash();
            }
            headId = entries.get(entries.size() - 1).id();
            headHash = previous;
        }

        Chain sealAt(long entryId) {
            return seal(entryId, null);
        }

        Chain cut(long entryId, Instant purgedBefore) {
            return seal(entryId, purgedBefore);
        }

        private Chain seal(long entryId, Instant purgedBefore) {
            TrailLink link = links.stream().filter(l -> l.entryId() == entryId).findFirst().orElseThrow();
            TrailSeal unsigned = new TrailSeal("test", entryId, link.hash(), START.plus(Duration.ofHours(entryId)),
                    purgedBefore, seals.isEmpty() ? null : seals.get(seals.size() - 1).digest(), signer.algorithm(),
                    signer.keyId(), null);
            seals.add(unsigned.signed(signer.sign(unsigned.message())));
            return this;
        }

        TrailReport check() {
            List<TrailSeal> cuts = seals.stream().filter(TrailSeal::isCut).toList();
            return new ChainCheck("test", seal -> signer.verify(seal.message(), seal.signature(), seal.algorithm(),
                    seal.keyId())).run(headId, headHash, cuts, links.iterator(), entries.iterator(), seals.iterator());
        }
    }
}
