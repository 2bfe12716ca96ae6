package org.jixiao.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock-out after failed logins, shared by every server through the database. Each attempt reserves a place
 * (pending) in its three counters before its password is checked and gives it back with the outcome, so that
 * failures and attempts still being checked together never pass a limit: forty guesses sent at once get at most
 * five checks, where counting only finished failures let about twenty through. Every statement is one atomic
 * UPDATE, so parallel attempts neither wait on each other nor fail on a stale version.
 */
public class LoginThrottle {

    /** An attempt holding a place that was never given back (its server stopped) is forgotten after this long. */
    private static final Duration STALE = Duration.ofMinutes(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);
    private static final int KEY_LENGTH = 64;

    /** The three ways failures are counted. */
    enum Counter {
        ACCOUNT_FROM_ADDRESS, ADDRESS, ACCOUNT;

        String username(String username) {
            return this == ADDRESS ? "" : cut(username);
        }

        String address(String address) {
            return this == ACCOUNT ? "" : cut(address);
        }

        /** A success ends a run of failures of the account; the address's failures stay, whoever they named. */
        boolean clearedBySuccess() {
            return this != ADDRESS;
        }
    }

    /** Why an attempt was refused before its password was checked. */
    public enum Refusal {
        /** Too many failures: locked for a while. */
        LOCKED,
        /** Too many attempts being checked at once: try again in a moment; nothing is counted. */
        BUSY
    }

    private final JdbcClient jdbc;
    private final LoginLimits limits;
    private final Clock clock;
    private final Duration patience;
    private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.EPOCH);

    /** {@code patience}: how long an attempt waits for places held by attempts being checked before it is refused. */
    LoginThrottle(JdbcClient jdbc, LoginLimits limits, Clock clock, Duration patience) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        this.patience = patience;
    }

    /**
     * Reserves the attempt's places, or refuses it before its password is checked. Where other attempts being
     * checked hold the last places, it waits for them a while. The caller reports the outcome to the attempt
     * returned, whatever it is.
     */
    public Attempt begin(String username, String address) {
        long waitUntil = System.nanoTime() + patience.toNanos();
        while (true) {
            Instant now = clock.instant();
            prune(now);
            Attempt attempt = new Attempt(username == null ? "" : username, address == null ? "" : address);
            Refusal refusal = reserveAll(attempt, now);
            if (refusal == null) {
                return attempt;
            }
            // a client's parallel requests wait for each other's checks rather than fail; guesses that wait find
            // the lock their predecessors' failures set
            if (refusal == Refusal.LOCKED || System.nanoTime() > waitUntil) {
                throw new LoginRefusedException(refusal, limits.lockTime());
            }
            pause();
        }
    }

    /** Reserves the attempt's places, or gives back those taken and says why not. */
    private Refusal reserveAll(Attempt attempt, Instant now) {
        // the address first: a stopped address must not leave traces under the names it tries
        for (Counter counter : List.of(Counter.ADDRESS, Counter.ACCOUNT, Counter.ACCOUNT_FROM_ADDRESS)) {
            if (!reserve(counter, attempt, now)) {
                Refusal refusal = refusal(counter, attempt, now);
                attempt.abandoned();
                return refusal;
            }
            attempt.held.add(counter);
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginRefusedException(Refusal.BUSY, Duration.ZERO);
        }
    }

    /** Whether the account is locked, from every address or from some. */
    public boolean isLocked(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE username = ? AND locked_until > ?")
                .params(cut(username), Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
    }

    /** The accounts locked now, from every address or from some: for the administrator's list. */
    public Set<String> lockedAccounts() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT username FROM login_throttle WHERE username <> '' AND locked_until > ?")
                .param(Timestamp.from(clock.instant())).query(String.class).list());
    }

    /** Forgets the account's failures and locks: its password was reset. */
    public void clear(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = ?").param(cut(username)).update();
    }

    private boolean reserve(Counter counter, Attempt attempt, Instant now) {
        for (int tries = 0; tries < 2; tries++) {
            // counters restart when their window has passed or their lock has run out
            int updated = jdbc.sql("""
                    UPDATE login_throttle SET
                        failures = CASE WHEN window_start < :windowStart OR locked_until <= :now THEN 0 ELSE failures END,
                        window_start = CASE WHEN window_start < :windowStart OR locked_until <= :now THEN :now
                                       ELSE window_start END,
                        locked_until = CASE WHEN locked_until <= :now THEN NULL ELSE locked_until END,
                        pending = CASE WHEN updated_at < :staleBefore THEN 1 ELSE pending + 1 END,
                        updated_at = :now
                    WHERE counter = :counter AND username = :username AND address = :address
                      AND (locked_until IS NULL OR locked_until <= :now)
                      AND CASE WHEN window_start < :windowStart OR locked_until <= :now THEN 0 ELSE failures END
                        + CASE WHEN updated_at < :staleBefore THEN 0 ELSE pending END < :limit""")
                    .param("windowStart", Timestamp.from(now.minus(limits.window())))
                    .param("now", Timestamp.from(now))
                    .param("staleBefore", Timestamp.from(now.minus(STALE)))
                    .param("limit", limits.of(counter))
                    .param("counter", counter.name())
                    .param("username", counter.username(attempt.username))
                    .param("address", counter.address(attempt.address))
                    .update();
            if (updated == 1) {
                return true;
            }
            if (exists(counter, attempt)) {
                return false;
            }
            try {
                jdbc.sql("""
                        INSERT INTO login_throttle (counter, username, address, failures, pending, window_start, updated_at)
                        VALUES (?, ?, ?, 0, 0, ?, ?)""")
                        .params(counter.name(), counter.username(attempt.username), counter.address(attempt.address),
                                Timestamp.from(now), Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException e) {
                // a parallel attempt made the row first: reserve in it
            }
        }
        return false;
    }

    private boolean exists(Counter counter, Attempt attempt) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE counter = ? AND username = ? AND address = ?")
                .params(counter.name(), counter.username(attempt.username), counter.address(attempt.address))
                .query(Integer.class).single() > 0;
    }

    private Refusal refusal(Counter counter, Attempt attempt, Instant now) {
        Timestamp lockedUntil = jdbc.sql("""
                SELECT locked_until FROM login_throttle WHERE counter = ? AND username = ? AND address = ?""")
                .params(counter.name(), counter.username(attempt.username), counter.address(attempt.address))
                .query(Timestamp.class).optional().orElse(null);
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now) ? Refusal.LOCKED : Refusal.BUSY;
    }

    private void giveBack(Counter counter, Attempt attempt, Instant now, boolean failed, boolean succeeded) {
        int limit = limits.of(counter);
        boolean clears = succeeded && counter.clearedBySuccess();
        jdbc.sql("""
                UPDATE login_throttle SET
                    pending = CASE WHEN pending > 0 THEN pending - 1 ELSE 0 END,
                    failures = CASE WHEN :clears THEN 0 WHEN :failed THEN failures + 1 ELSE failures END,
                    locked_until = CASE WHEN :clears THEN NULL
                                        WHEN :failed AND failures + 1 >= :limit THEN :lockUntil
                                        ELSE locked_until END,
                    updated_at = :now
                WHERE counter = :counter AND username = :username AND address = :address""")
                .param("clears", clears)
                .param("failed", failed)
                .param("limit", limit)
                .param("lockUntil", Timestamp.from(now.plus(limits.lockTime())))
                .param("now", Timestamp.from(now))
                .param("counter", counter.name())
                .param("username", counter.username(attempt.username))
                .param("address", counter.address(attempt.address))
                .update();
    }

    /** Rows of names tried once and never again would otherwise pile up. */
    private void prune(Instant now) {
        Instant last = lastPruned.get();
        if (last.plus(PRUNE_EVERY).isAfter(now) || !lastPruned.compareAndSet(last, now)) {
            return;
        }
        Timestamp quietSince = Timestamp.from(now.minus(limits.window().compareTo(STALE) > 0 ? limits.window() : STALE));
        jdbc.sql("DELETE FROM login_throttle WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?)")
                .params(quietSince, Timestamp.from(now)).update();
    }

    private static String cut(String value) {
        String v = value == null ? "" : value;
        return v.length() > KEY_LENGTH ? v.substring(0, KEY_LENGTH) : v;
    }

    /** One login attempt with its places held; report its outcome exactly once. */
    public final class Attempt {

        private final String username;
        private final String address;
        private final List<Counter> held = new ArrayList<>();
        private boolean done;

        private Attempt(String username, String address) {
            this.username = username;
            this.address = address;
        }

        /** The password was right: the account's run of failures ends. */
        public void succeeded() {
            finish(false, true);
        }

        /**
         * The password was wrong (or the name unknown): counted, and locks where a limit is reached. Says whether
         * the account or the address is locked now, so that the lock-out itself can be logged.
         */
        public boolean failed() {
            finish(true, false);
            return jdbc.sql("""
                    SELECT COUNT(*) FROM login_throttle WHERE locked_until > ? AND (
                        (counter = 'ACCOUNT_FROM_ADDRESS' AND username = ? AND address = ?)
                        OR (counter = 'ADDRESS' AND username = '' AND address = ?)
                        OR (counter = 'ACCOUNT' AND username = ? AND address = ''))""")
                    .params(Timestamp.from(clock.instant()), cut(username), cut(address), cut(address), cut(username))
                    .query(Integer.class).single() > 0;
        }

        /** Ended for another reason (a disabled account): nothing counted. */
        public void abandoned() {
            finish(false, false);
        }

        private void finish(boolean failed, boolean succeeded) {
            if (done) {
                return;
            }
            done = true;
            Instant now = clock.instant();
            for (Counter counter : held) {
                giveBack(counter, this, now, failed, succeeded);
            }
        }
    }
}
