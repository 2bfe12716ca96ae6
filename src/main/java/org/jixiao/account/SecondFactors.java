package org.jixiao.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.jixiao.account.internal.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a login (等保 level 3 身份鉴别 asks for two): a TOTP secret an account enrolls with an
 * authenticator app, ten single-use recovery codes for a lost phone, and the roles that must use it. A code is
 * accepted once: the step it was accepted for is remembered, and one atomic statement accepts only a later step, so
 * that two servers cannot both accept the same code. Every check of a code is an attempt of the login throttle,
 * counted as a wrong password is, so that six digits cannot be guessed.
 */
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecretCipher secrets;

    SecondFactors(JdbcClient jdbc, PasswordEncoder passwords, LoginThrottle throttle, Clock clock,
            SecretCipher secrets) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.secrets = secrets;
    }

    /** How a code typed at login (or to switch the second factor off) was taken. */
    public enum Check {
        /** The current code of the authenticator app. */
        CODE,
        /** One of the recovery codes, now used up. */
        RECOVERY_CODE,
        /** Neither: wrong, too old, or already used. */
        WRONG
    }

    /** Whether the account logs in with a second factor. */
    public boolean enrolled(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM second_factor s JOIN app_user u ON u.id = s.account_id WHERE u.username = ?""")
                .param(username).query(Integer.class).single() > 0;
    }

    /** Whether the actor's role must use the second factor and it has not enrolled yet. */
    public boolean missing(Actor actor) {
        return missing(actor.username(), actor.role());
    }

    /** Whether the actor's role must use the second factor (and may not switch it off). */
    public boolean requiredOf(Actor actor) {
        return requiredRoles().contains(actor.role());
    }

    boolean missing(String username, Role role) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM second_factor_role r WHERE r.role = ? AND NOT EXISTS (
                    SELECT 1 FROM second_factor s JOIN app_user u ON u.id = s.account_id WHERE u.username = ?)""")
                .params(role.name(), username).query(Integer.class).single() > 0;
    }

    /**
     * Confirms an enrollment: the code typed must be the secret's current one (proof that the app holds it). The
     * secret is stored from now on and ten new recovery codes returned, to be shown once.
     */
    @Transactional
    public List<String> enroll(String username, TotpSecret secret, String code) {
        long accountId = accountId(username);
        if (enrolled(username)) {
            throw new AccountException("已启用动态口令；如需更换手机，请先关闭再重新启用");
        }
        OptionalLong step = Totp.matchingStep(secret.bytes(), code, clock.instant());
        if (step.isEmpty()) {
            throw new AccountException("动态口令不正确：请输入验证器应用当前显示的 6 位数字，并确认手机时间准确");
        }
        jdbc.sql("INSERT INTO second_factor (account_id, secret, last_step, enrolled_at) VALUES (?, ?, ?, ?)")
                .params(accountId, secrets.seal(secret.bytes(), context(accountId)), step.getAsLong(),
                        Timestamp.from(clock.instant())).update();
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (?, ?)")
                    .params(accountId, passwords.encode(normalized(recovery))).update();
        }
        return codes;
    }

    /**
     * Checks a code typed by the account's owner, as an attempt of the login throttle from {@code address}:
     * refused without a check where the account or address is locked ({@link LoginRefusedException}), counted as a
     * failure where wrong.
     */
    public Check check(String username, String address, String typed) {
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        Check check;
        try {
            check = check(username, typed);
        } catch (RuntimeException e) {
            attempt.abandoned(); // a database that failed: no guess was checked
            throw e;
        }
        if (check == Check.WRONG) {
            attempt.failed();
        } else {
            attempt.succeeded();
        }
        return check;
    }

    /** Whether the account or an address is locked now (after a wrong code, to tell the user). */
    public boolean locked(String username) {
        return throttle.isLocked(username);
    }

    Check check(String username, String typed) {
        Stored stored = jdbc.sql("""
                SELECT s.account_id, s.secret FROM second_factor s JOIN app_user u ON u.id = s.account_id
                WHERE u.username = ?""").param(username)
                .query((rs, n) -> new Stored(rs.getLong("account_id"), rs.getString("secret"))).optional()
                .orElse(null);
        if (stored == null || typed == null) {
            return Check.WRONG;
        }
        OptionalLong step = Totp.matchingStep(secret(stored), typed, clock.instant());
        if (step.isPresent()) {
            // taken only for a step after the last one accepted: a code seen over a shoulder is not good twice
            int taken = jdbc.sql("UPDATE second_factor SET last_step = ? WHERE account_id = ? AND last_step < ?")
                    .params(step.getAsLong(), stored.accountId(), step.getAsLong()).update();
            return taken == 1 ? Check.CODE : Check.WRONG;
        }
        return usedRecoveryCode(stored.accountId(), typed) ? Check.RECOVERY_CODE : Check.WRONG;
    }

    /** The seed of a stored second factor: sealed, or plain base32 where it was kept before sealing began. */
    private byte[] secret(Stored stored) {
        return secrets.isSealed(stored.secret()) ? secrets.open(stored.secret(), context(stored.accountId()))
                : TotpSecret.fromBase32(stored.secret()).bytes();
    }

    /** What a seed is sealed for: its account, so that a seed copied onto another account's row does not open. */
    private static String context(long accountId) {
        return "second_factor:" + accountId;
    }

    /**
     * Seals again every seed kept plain (before sealing began) or under the other profile's cipher, so that a change
     * of profile reaches the secrets already kept; a row changed meanwhile by a server is left to it.
     *
     * @return how many were sealed again
     */
    public int sealKeptSecrets() {
        List<Stored> outdated = jdbc.sql("SELECT account_id, secret FROM second_factor")
                .query((rs, n) -> new Stored(rs.getLong("account_id"), rs.getString("secret"))).list().stream()
                .filter(stored -> !secrets.isCurrent(stored.secret())).toList();
        int sealed = 0;
        for (Stored stored : outdated) {
            sealed += jdbc.sql("UPDATE second_factor SET secret = ? WHERE account_id = ? AND secret = ?")
                    .params(secrets.seal(secret(stored), context(stored.accountId())), stored.accountId(),
                            stored.secret()).update();
        }
        return sealed;
    }

    private boolean usedRecoveryCode(long accountId, String typed) {
        String code = normalized(typed);
        if (code.length() != 10) {
            return false; // not the form of a recovery code: no hashes compared for nothing
        }
        List<Hashed> unused = jdbc.sql("SELECT id, code_hash FROM recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(accountId).query((rs, n) -> new Hashed(rs.getLong("id"), rs.getString("code_hash"))).list();
        for (Hashed hashed : unused) {
            if (passwords.matches(code, hashed.hash())) {
                // used up by one statement: of two logins with the same code only one takes it
                return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE id = ? AND used_at IS NULL")
                        .params(Timestamp.from(clock.instant()), hashed.id()).update() == 1;
            }
        }
        return false;
    }

    /** The recovery codes not used yet. */
    public int recoveryCodesLeft(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM recovery_code c JOIN app_user u ON u.id = c.account_id
                WHERE u.username = ? AND c.used_at IS NULL""").param(username).query(Integer.class).single();
    }

    /**
     * The owner switches the second factor off with a current code or a recovery code (checked as at login), unless
     * the role must use it. No transaction around the check: a wrong code must stay counted by the throttle.
     */
    public void switchOff(Actor actor, String address, String typed) {
        switchOff(actor.username(), actor.role(), address, typed);
    }

    void switchOff(String username, Role role, String address, String typed) {
        if (requiredRoles().contains(role)) {
            throw new AccountException("您的角色（" + role.label() + "）须使用动态口令，不能关闭");
        }
        if (check(username, address, typed) == Check.WRONG) {
            throw new AccountException("动态口令或恢复码不正确");
        }
        // the secret first: recovery codes left by a failure between the two are ignored and replaced at enrollment
        reset(accountId(username));
    }

    /**
     * Forgets the account's second factor and recovery codes, for a person who lost both their phone and their
     * codes: they log in with the password alone (or enroll again at once, where their role must use it).
     */
    void reset(long accountId) {
        jdbc.sql("DELETE FROM second_factor WHERE account_id = ?").param(accountId).update();
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(accountId).update();
    }

    /** The user names of the accounts that have a second factor: for the security administrator's list. */
    public Set<String> enrolledAccounts() {
        return Set.copyOf(jdbc.sql("SELECT u.username FROM second_factor f JOIN app_user u ON u.id = f.account_id")
                .query(String.class).list());
    }

    /** The roles that must use the second factor. */
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM second_factor_role").query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    @Transactional
    public void requireFor(Set<Role> roles) {
        jdbc.sql("DELETE FROM second_factor_role").update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO second_factor_role (role) VALUES (?)").param(role.name()).update();
        }
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).optional()
                .orElseThrow(() -> new AccountException("没有这个账号"));
    }

    /** Ten characters without look-alikes (0/o, 1/l/i), shown as two groups of five. */
    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** A recovery code as typed: case, spaces and the dash do not matter. */
    private static String normalized(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private record Stored(long accountId, String secret) {
    }

    private record Hashed(long id, String hash) {
    }
}
