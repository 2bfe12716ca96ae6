package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jixiao.support.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lock-out after failed logins on each database (H2 and PostgreSQL, in the classes that extend this one). Not
 * in a test transaction: parallel attempts must see each other's committed counts, as on a server. Each test uses
 * names and addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class LoginThrottleContract {

    private static final LoginLimits SMALL = new LoginLimits(5, 8, 12, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Autowired
    JdbcClient jdbc;

    private final SettableClock clock = new SettableClock(Instant.now());
    private final String name = "user-" + UUID.randomUUID().toString().substring(0, 8);

    private LoginThrottle throttle(LoginLimits limits) {
        return new LoginThrottle(jdbc, limits, clock, Duration.ZERO);
    }

    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250);
    }

    @Test
    void fiveFailuresLockTheAccountFromThatAddressOnlyForALockTime() {
        LoginThrottle throttle = throttle(SMALL);
        String stranger = "203.0.113.7";
        for (int i = 0; i < 5; i++) {
            throttle.begin(name, stranger).failed();
        }

        assertThatThrownBy(() -> throttle.begin(name, stranger)).isInstanceOf(LoginRefusedException.class)
                .extracting(e -> ((LoginRefusedException) e).refusal()).isEqualTo(LoginThrottle.Refusal.LOCKED);
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(throttle.lockedAccounts()).contains(name);
        // the owner, elsewhere, is not locked out by the stranger's guesses
        throttle.begin(name, "203.0.113.8").succeeded();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(name)).isFalse();
        throttle.begin(name, stranger).failed(); // counting starts again from nothing
        throttle.begin(name, stranger).succeeded();
    }

    @Test
    void aSuccessEndsTheRunOfFailures() {
        LoginThrottle throttle = throttle(LoginLimits.DEFAULT); // the address's own count (20) stays below its limit
        String at = "203.0.113.20";
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                throttle.begin(name, at).failed();
            }
            throttle.begin(name, at).succeeded();
        }

        assertThat(throttle.isLocked(name)).isFalse();
    }

    @Test
    void anAddressFailingAcrossNamesIsStoppedForEveryName() {
        LoginThrottle throttle = throttle(SMALL);
        String guesser = "203.0.113.30";
        for (int i = 0; i < 8; i++) {
            throttle.begin(name + "-" + (i % 3), guesser).failed(); // never five against one name
        }

        assertThatThrownBy(() -> throttle.begin(name + "-other", guesser)).isInstanceOf(LoginRefusedException.class);
        throttle.begin(name + "-other", "203.0.113.31").succeeded();
        assertThat(throttle.isLocked(name + "-other")).isFalse();
    }

    @Test
    void failuresFromManyAddressesLockTheAccountEverywhere() {
        LoginThrottle throttle = throttle(SMALL);
        for (int i = 0; i < 12; i++) {
            throttle.begin(name, "192.0.2." + i).failed(); // one guess from each of twelve addresses
        }

        assertThatThrownBy(() -> throttle.begin(name, "192.0.2.200")).isInstanceOf(LoginRefusedException.class);
    }

    @Test
    void fortyParallelGuessesGetNoMoreChecksThanTheLimit() throws Exception {
        // as on the server: the guesses beyond the first five wait, and find the account locked
        LoginThrottle throttle = new LoginThrottle(jdbc, LoginLimits.DEFAULT, Clock.systemUTC(), Duration.ofSeconds(3));
        String attacker = address();
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<?>> guesses = IntStream.range(0, 40).<Future<?>>mapToObj(i -> pool.submit(() -> {
                start.await();
                try {
                    LoginThrottle.Attempt attempt = throttle.begin(name, attacker);
                    checked.incrementAndGet();
                    Thread.sleep(30); // the password hash takes its time
                    attempt.failed();
                } catch (LoginRefusedException e) {
                    refused.incrementAndGet();
                }
                return null;
            })).toList();
            start.countDown();
            for (Future<?> guess : guesses) {
                guess.get(); // no other exception: no stale version, no duplicate row
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(checked.get()).isEqualTo(5);
        assertThat(refused.get()).isEqualTo(35);
        assertThat(throttle.isLocked(name)).isTrue();
    }

    @Test
    void parallelAttemptsWithTheRightPasswordWaitForEachOtherAndAllGetThrough() throws Exception {
        LoginThrottle throttle = new LoginThrottle(jdbc, LoginLimits.DEFAULT, Clock.systemUTC(), Duration.ofSeconds(3));
        String client = address();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> logins = IntStream.range(0, 12).<Future<?>>mapToObj(i -> pool.submit(() -> {
                start.await();
                LoginThrottle.Attempt attempt = throttle.begin(name, client);
                Thread.sleep(30);
                attempt.succeeded();
                return null;
            })).toList();
            start.countDown();
            for (Future<?> login : logins) {
                login.get(); // none refused
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(throttle.isLocked(name)).isFalse();
    }

    @Test
    void anAttemptRefusedForBeingOneTooManyAtOnceCountsNothing() {
        LoginThrottle throttle = throttle(SMALL);
        String at = "203.0.113.40";
        List<LoginThrottle.Attempt> checking = IntStream.range(0, 5)
                .mapToObj(i -> throttle.begin(name, at)).toList();

        assertThatThrownBy(() -> throttle.begin(name, at)).isInstanceOf(LoginRefusedException.class)
                .extracting(e -> ((LoginRefusedException) e).refusal()).isEqualTo(LoginThrottle.Refusal.BUSY);
        checking.forEach(LoginThrottle.Attempt::succeeded);
        assertThat(throttle.isLocked(name)).isFalse();
        throttle.begin(name, at).succeeded();
    }

    @Test
    void placesHeldByAServerThatStoppedAreForgottenAfterAMinute() {
        LoginThrottle throttle = throttle(SMALL);
        String at = "203.0.113.50";
        for (int i = 0; i < 5; i++) {
            throttle.begin(name, at); // never finished
        }
        assertThatThrownBy(() -> throttle.begin(name, at)).isInstanceOf(LoginRefusedException.class);

        clock.advance(Duration.ofMinutes(2));
        throttle.begin(name, at).succeeded();
    }
}
