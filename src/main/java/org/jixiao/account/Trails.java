package org.jixiao.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident trail (docs/security.md): every entry of a chained table (the audit trail, the security log)
 * is linked to the one before it by hash, in the transaction that writes it; the heads are sealed with a
 * signature; a check walks a chain and names the first entry changed, deleted or inserted. The tables
 * {@code trail_head}, {@code trail_link} and {@code trail_seal} are the trail's; the entries' tables stay their
 * modules', read through their {@link TrailSource}.
 */
@Service
public class Trails {

    private static final Logger LOG = LoggerFactory.getLogger(Trails.class);
    private static final int PAGE = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshot;
    private final Map<String, TrailSource> sources;
    private final TrailSigner signer;

    Trails(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions, List<TrailSource> sources,
            TrailSigner signer) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.writes = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.sources = sources.stream().collect(Collectors.toMap(TrailSource::chain, source -> source, (a, b) -> a,
                TreeMap::new));
        this.signer = signer;
    }

    /** The chains there are, by name. */
    public List<String> chains() {
        return List.copyOf(sources.keySet());
    }

    /**
     * Writes an entry and links it into its chain at the end of the current transaction (or of one of its own):
     * {@code insert} runs then, under the lock of the chain's head, so that every server's entries take their ids
     * and their place in one order, and the lock is held only while the transaction commits.
     *
     * @param insert inserts the entry and gives it back as written
     */
    public void append(String chain, Supplier<TrailEntry> insert) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            writes.executeWithoutResult(status -> append(chain, insert));
            return;
        }
        // the transaction's own synchronizations: an inner transaction of its own (REQUIRES_NEW) has others
        Appends appends = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Appends.class::isInstance).map(Appends.class::cast).findFirst().orElse(null);
        if (appends == null) {
            appends = new Appends();
            TransactionSynchronizationManager.registerSynchronization(appends);
        }
        appends.byChain.computeIfAbsent(chain, name -> new ArrayList<>()).add(insert);
    }

    /** Links the entries written before the chain existed, once, in the order of their ids. */
    @EventListener(ApplicationReadyEvent.class)
    void startAll() {
        chains().forEach(this::start);
    }

    void start(String chain) {
        writes.executeWithoutResult(status -> lock(chain));
    }

    /** Seals the chain's head where it moved since the last seal; the seal made, if any. */
    public TrailSeal seal(String chain) {
        return writes.execute(status -> seal(lock(chain), null));
    }

    /**
     * Records, in the caller's transaction, that the entries before {@code purgedBefore} up to the chain's head
     * were removed by the retention: a signed seal, so that no one but the application can excuse a gap.
     */
    void cut(String chain, Instant purgedBefore) {
        seal(lock(chain), purgedBefore.truncatedTo(ChronoUnit.MICROS));
    }

    /** Every chain checked. */
    public List<TrailReport> check() {
        return chains().stream().map(this::check).toList();
    }

    /**
     * Checks the chain from its first link to its head against its entries and seals, in one snapshot of the
     * database, a page at a time; stops at the first break.
     */
    public TrailReport check(String chain) {
        TrailSource source = source(chain);
        start(chain);
        return snapshot.execute(status -> {
            Head head = head(chain, "");
            List<TrailSeal> cuts = jdbc.sql("SELECT " + SEAL_COLUMNS + " FROM trail_seal WHERE chain = ?"
                            + " AND purged_before IS NOT NULL ORDER BY entry_id, id")
                    .param(chain).query((rs, n) -> seal(rs)).list();
            Iterator<TrailLink> links = new Pages<>(after -> jdbc.sql("""
                    SELECT entry_id, occurred_at, entry_hash, previous, hash FROM trail_link
                    WHERE chain = ? AND entry_id > ? ORDER BY chain, entry_id LIMIT ?""")
                    .params(chain, after, PAGE)
                    .query((rs, n) -> new TrailLink(rs.getLong(1), instant(rs, 2), rs.getBytes(3), rs.getBytes(4),
                            rs.getBytes(5)))
                    .list(), TrailLink::entryId);
            Iterator<TrailEntry> entries = new Pages<>(after -> source.after(after, PAGE), TrailEntry::id);
            Iterator<Numbered> seals = new Pages<>(after -> jdbc.sql("SELECT id, " + SEAL_COLUMNS
                            + " FROM trail_seal WHERE chain = ? AND id > ? ORDER BY id LIMIT ?")
                    .params(chain, after, PAGE)
                    .query((rs, n) -> new Numbered(rs.getLong("id"), seal(rs))).list(), Numbered::id);
            return new ChainCheck(chain, seal -> signer.verify(seal.message(), seal.signature(), seal.algorithm(),
                    seal.keyId()))
                    .run(head.entryId, head.hash, cuts, links, entries, mapped(seals));
        });
    }

    private TrailSource source(String chain) {
        TrailSource source = sources.get(chain);
        if (source == null) {
            throw new IllegalArgumentException("没有名为 " + chain + " 的记录链（有：" + String.join("、", chains()) + "）");
        }
        return source;
    }

    /** Takes the chain's head for the transaction, linking the entries from before the chain the first time. */
    private Head lock(String chain) {
        Head head = head(chain, " FOR UPDATE");
        if (head.started) {
            return head;
        }
        TrailSource source = source(chain);
        byte[] previous = head.hash;
        Long last = head.entryId;
        for (List<TrailEntry> page = source.after(last == null ? 0 : last, PAGE); !page.isEmpty();
                page = source.after(page.get(page.size() - 1).id(), PAGE)) {
            List<TrailLink> links = new ArrayList<>();
            for (TrailEntry entry : page) {
                TrailLink link = TrailLink.after(previous, entry);
                links.add(link);
                previous = link.hash();
                last = entry.id();
            }
            insert(chain, links);
        }
        Head started = new Head(chain, last, previous, true);
        move(chain, started);
        return started;
    }

    private Head head(String chain, String lock) {
        return jdbc.sql("SELECT entry_id, hash, started FROM trail_head WHERE chain = ?" + lock).param(chain)
                .query((rs, n) -> {
                    long entryId = rs.getLong(1);
                    byte[] hash = rs.getBytes(2);
                    return new Head(chain, rs.wasNull() ? null : entryId, hash == null ? TrailLink.genesis(chain) : hash,
                            rs.getBoolean(3));
                })
                .optional().orElseThrow(() -> new IllegalStateException("no head of chain " + chain));
    }

    private void move(String chain, Head head) {
        jdbc.sql("UPDATE trail_head SET entry_id = ?, hash = ?, started = TRUE WHERE chain = ?")
                .params(head.entryId, head.entryId == null ? null : head.hash, chain).update();
    }

    private void insert(String chain, List<TrailLink> links) {
        batches.batchUpdate("""
                INSERT INTO trail_link (chain, entry_id, occurred_at, entry_hash, previous, hash)
                VALUES (?, ?, ?, ?, ?, ?)""", links, links.size(), (PreparedStatement ps, TrailLink link) -> {
            ps.setString(1, chain);
            ps.setLong(2, link.entryId());
            ps.setObject(3, utc(link.occurredAt()));
            ps.setBytes(4, link.entryHash());
            ps.setBytes(5, link.previous());
            ps.setBytes(6, link.hash());
        });
    }

    private TrailSeal seal(Head head, Instant purgedBefore) {
        if (head.entryId == null && purgedBefore == null) {
            return null;
        }
        TrailSeal last = jdbc.sql("SELECT " + SEAL_COLUMNS + " FROM trail_seal WHERE chain = ? ORDER BY id DESC LIMIT 1")
                .param(head.chain).query((rs, n) -> seal(rs)).optional().orElse(null);
        long entryId = head.entryId == null ? 0 : head.entryId;
        if (purgedBefore == null && last != null && last.entryId() == entryId) {
            return null; // nothing linked since
        }
        TrailSeal unsigned = new TrailSeal(head.chain, entryId, head.hash, Instant.now().truncatedTo(ChronoUnit.MICROS),
                purgedBefore, last == null ? null : last.digest(), signer.algorithm(), signer.keyId(), null);
        TrailSeal seal = unsigned.signed(signer.sign(unsigned.message()));
        jdbc.sql("INSERT INTO trail_seal (" + SEAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seal.chain(), seal.entryId(), seal.hash(), utc(seal.sealedAt()), utc(purgedBefore),
                        seal.previous(), seal.algorithm(), seal.keyId(), seal.signature())
                .update();
        // a copy outside the database: the server's log keeps what a rewrite of the database would have to match
        LOG.info("Trail {} sealed at entry {}: {} (key {}{})", seal.chain(), entryId,
                HexFormat.of().formatHex(seal.hash()), seal.keyId(),
                purgedBefore == null ? "" : ", purged before " + purgedBefore);
        return seal;
    }

    private static final String SEAL_COLUMNS =
            "chain, entry_id, hash, sealed_at, purged_before, previous, algorithm, key_id, signature";

    private static TrailSeal seal(ResultSet rs) throws SQLException {
        return new TrailSeal(rs.getString("chain"), rs.getLong("entry_id"), rs.getBytes("hash"),
                instant(rs, "sealed_at"), instant(rs, "purged_before"), rs.getBytes("previous"),
                rs.getString("algorithm"), rs.getString("key_id"), rs.getBytes("signature"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Iterator<TrailSeal> mapped(Iterator<Numbered> seals) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return seals.hasNext();
            }

            @Override
            public TrailSeal next() {
                return seals.next().seal();
            }
        };
    }

    /** A chain's head: the last entry linked (null before the first) and its hash (the genesis before). */
    private record Head(String chain, Long entryId, byte[] hash, boolean started) {
    }

    private record Numbered(long id, TrailSeal seal) {
    }

    /** The appends of one transaction, linked as it commits, chain by chain in the order of their names. */
    private final class Appends implements TransactionSynchronization {

        private final Map<String, List<Supplier<TrailEntry>>> byChain = new TreeMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Map.Entry<String, List<Supplier<TrailEntry>>> chain : byChain.entrySet()) {
                Head head = lock(chain.getKey());
                byte[] previous = head.hash;
                List<TrailLink> links = new ArrayList<>();
                for (Supplier<TrailEntry> insert : chain.getValue()) {
                    TrailLink link = TrailLink.after(previous, insert.get());
                    links.add(link);
                    previous = link.hash();
                }
                insert(chain.getKey(), links);
                move(chain.getKey(), new Head(chain.getKey(), links.get(links.size() - 1).entryId(), previous, true));
            }
        }
    }

    /** The rows of a keyset query, a page at a time: constant memory however many there are. */
    private static final class Pages<T> implements Iterator<T> {

        private final LongFunction<List<T>> page;
        private final ToLongFunction<T> key;
        private List<T> rows;
        private int next;
        private boolean last;

        Pages(LongFunction<List<T>> page, ToLongFunction<T> key) {
            this.page = page;
            this.key = key;
            this.rows = page.apply(0);
            this.last = rows.size() < PAGE;
        }

        @Override
        public boolean hasNext() {
            if (next < rows.size()) {
                return true;
            }
            if (last || rows.isEmpty()) {
                return false;
            }
            rows = page.apply(key.applyAsLong(rows.get(rows.size() - 1)));
            next = 0;
            last = rows.size() < PAGE;
            return !rows.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.get(next++);
        }
    }
}
