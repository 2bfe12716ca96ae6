package org.jixiao.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, checking and changing passwords; a reset password also lifts the account's locks. */
@Service
public class Accounts {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy policy;
    private final PasswordHistory history;

    Accounts(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
            ApplicationEventPublisher events, PasswordPolicy policy, PasswordHistory history) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.policy = policy;
        this.history = history;
    }

    /** A new account with the given password (checked against the password rules). */
    @Transactional
    public Account create(String username, String displayName, Role role, Long unitId, String region,
            String password) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{2,64}")) {
            throw new AccountException("用户名应为 2 至 64 个字母、数字或 . _ -");
        }
        if (accounts.findByUsername(username.strip()).isPresent()) {
            throw new AccountException("用户名 " + username.strip() + " 已被使用");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("请填写姓名");
        }
        if (displayName.strip().length() > 100) {
            throw new AccountException("姓名不能超过 100 个字符");
        }
        refuseHidden("姓名", displayName);
        if (role == Role.FINANCE_REVIEWER && region != null && region.strip().length() > 100) {
            throw new AccountException("行政区划名称不能超过 100 个字符");
        }
        if (role == Role.FINANCE_REVIEWER && region != null) {
            refuseHidden("行政区划名称", region);
        }
        checkPassword(username.strip(), password);
        String hash = passwords.encode(password);
        Account account;
        try {
            account = Account.create(username, displayName, role, unitId, region, hash, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new AccountException(e.getMessage()); // the account's own refusal, not the store's words
        }
        try {
            return accounts.save(account);
        } catch (RuntimeException e) {
            // the unit is the evaluation module's, not read here: the table's reference refuses an id it does not hold
            Throwable refused = refusedBy(e);
            if (refused instanceof DuplicateKeyException) {
                throw new AccountException("用户名 " + username.strip() + " 已被使用"); // taken a moment ago
            }
            if (refused != null && unitId != null) {
                throw new AccountException("所选单位不存在（编号 " + unitId + "）");
            }
            throw e;
        }
    }

    /**
     * Refuses a name holding an invisible format character (Unicode category Cf: direction controls such as U+202E,
     * which shows a name reversed, zero-width characters, the soft hyphen): it would show as another account's
     * name. The rule of the documents' names ({@code document.HiddenCharacters}), stated here because the accounts
     * use no other module.
     */
    private static void refuseHidden(String field, String name) {
        int position = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            position++;
            if (Character.getType(c) == Character.FORMAT) {
                throw new AccountException(field + "含有不可见的格式字符 " + String.format("U+%04X", c) + "（第 " + position
                        + " 个字符），请删除后重新填写");
            }
            i += Character.charCount(c);
        }
    }

    /** The database's refusal behind the exception (Spring Data JDBC wraps it), or null. */
    private static DataIntegrityViolationException refusedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException refused) {
                return refused;
            }
        }
        return null;
    }

    /** A new account with a generated password, returned once to be handed over. */
    @Transactional
    public NewAccount createWithGeneratedPassword(String username, String displayName, Role role, Long unitId,
            String region) {
        String password = generatePassword(policy, username == null ? null : username.strip());
        Account account = create(username, displayName, role, unitId, region, password);
        account.requirePasswordChange(); // someone else chose it: its owner replaces it at the first login
        return new NewAccount(accounts.save(account), password);
    }

    /** Replaces the password with a generated one, returned once; unlocks the account. */
    @Transactional
    public String resetPassword(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        String password = generatePassword(policy, account.username());
        history.replaced(account.id(), account.passwordHash(), Instant.now());
        account.changePassword(passwords.encode(password), Instant.now(), true);
        accounts.save(account);
        throttle.clear(account.username());
        events.publishEvent(new CredentialsChanged(account.username(), false));
        return password;
    }

    /** The account's own password change: the current password must be right. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new AccountException("没有这个账号"));
        if (!passwords.matches(current, account.passwordHash())) {
            throw new AccountException("当前密码不正确");
        }
        checkPassword(username, replacement);
        if (passwords.matches(replacement, account.passwordHash()) || history.latest(account.id(), policy.history())
                .stream().anyMatch(earlier -> passwords.matches(replacement, earlier))) {
            throw new AccountException("新密码不能与最近 " + policy.history() + " 次用过的密码相同");
        }
        history.replaced(account.id(), account.passwordHash(), Instant.now());
        account.changePassword(passwords.encode(replacement), Instant.now(), false);
        accounts.save(account);
        events.publishEvent(new CredentialsChanged(account.username(), true));
    }

    @Transactional
    public void enable(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        account.enable();
        accounts.save(account);
    }

    /** Stops the account logging in, and ends its open sessions. */
    @Transactional
    public void disable(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        account.disable();
        accounts.save(account);
        events.publishEvent(new CredentialsChanged(account.username(), false));
    }

    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    public List<Account> all() {
        return accounts.findAllByOrderByRoleAscUsernameAsc();
    }

    /** The project leaders of a unit, to choose a key task's leader from. */
    public List<Account> projectLeaders(long unitId) {
        return accounts.findByUnitIdAndRole(unitId, Role.PROJECT_LEADER);
    }

    public long count() {
        return accounts.count();
    }

    private void checkPassword(String username, String password) {
        String problem = policy.problem(username, password);
        if (problem != null) {
            throw new AccountException(problem);
        }
    }

    /** Whether the account must choose a new password before anything else: given by someone else, or too old. */
    public boolean passwordChangeRequired(Account account) {
        return account.mustChangePassword() || policy.expired(account.passwordChangedAt(), Instant.now());
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /**
     * A random password the policy takes for this user: drawn again in the rare case it holds the user name or a
     * well-known root by chance (a random "waNG" in wang's).
     */
    static String generatePassword(PasswordPolicy policy, String username) {
        String password = generatePassword();
        while (policy.problem(username, password) != null) {
            password = generatePassword();
        }
        return password;
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        // a digit, a lower-case and an upper-case letter, in different places, so that it meets the rules
        password.setCharAt(RANDOM.nextInt(5), (char) ('2' + RANDOM.nextInt(8)));
        password.setCharAt(5 + RANDOM.nextInt(5), (char) ('a' + RANDOM.nextInt(8)));
        password.setCharAt(10 + RANDOM.nextInt(6), (char) ('A' + RANDOM.nextInt(8)));
        return password.toString();
    }

    /** What an account to be made with a generated password is: its user name, name shown and role. */
    public record NewAccountRequest(String username, String displayName, Role role) {
    }

    /** The three administrators of 三员分立 a new installation starts with. */
    public static final List<NewAccountRequest> ADMINISTRATORS = List.of(
            new NewAccountRequest("admin", "系统管理员", Role.ADMINISTRATOR),
            new NewAccountRequest("secadmin", "安全管理员", Role.SECURITY_ADMINISTRATOR),
            new NewAccountRequest("auditor", "审计管理员", Role.AUDIT_ADMINISTRATOR));

    /** An account and its password, shown once. */
    public record NewAccount(Account account, String password) {
    }
}
