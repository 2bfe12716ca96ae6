package org.jixiao.account;

import java.time.Duration;

/**
 * How many failed logins are let through before a lock, counted three ways. An account is locked for the address
 * the failures came from, so that a stranger who guesses five times locks himself out, not the account's owner;
 * an address that fails across many names is stopped for all of them; and an account failing from many addresses
 * (a guess spread over a botnet) is locked everywhere, at the hundred consecutive failures NIST SP 800-63B allows.
 *
 * @param accountFromAddress failures of one account from one address that lock it for that address
 * @param address failures from one address, whatever the names, that stop the address
 * @param account failures of one account from everywhere that lock it everywhere
 * @param window how long failures count: older ones are forgotten
 * @param lockTime how long a lock lasts
 */
record LoginLimits(int accountFromAddress, int address, int account, Duration window, Duration lockTime) {

    public static final LoginLimits DEFAULT = new LoginLimits(5, 20, 100, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    /** The limit of one kind of counter. */
    int of(LoginThrottle.Counter counter) {
        return switch (counter) {
            case ACCOUNT_FROM_ADDRESS -> accountFromAddress;
            case ADDRESS -> address;
            case ACCOUNT -> account;
        };
    }
}
