package org.jixiao.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, checking and changing passwords, and the lock-out after repeated failed logins. */
@Service
public class Accounts {

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    Accounts(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
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
        checkPassword(password);
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
        String password = generatePassword();
        return new NewAccount(create(username, displayName, role, unitId, region, password), password);
    }

    /** Replaces the password with a generated one, returned once; unlocks the account. */
    @Transactional
    public String resetPassword(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        String password = generatePassword();
        account.changePassword(passwords.encode(password));
        accounts.save(account);
        return password;
    }

    /** The account's own password change: the current password must be right. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new AccountException("没有这个账号"));
        if (!passwords.matches(current, account.passwordHash())) {
            throw new AccountException("当前密码不正确");
        }
        checkPassword(replacement);
        account.changePassword(passwords.encode(replacement));
        accounts.save(account);
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        account.setEnabled(enabled);
        accounts.save(account);
    }

    /** Counts a failed login; the fifth in a row locks the account. Unknown names are ignored. */
    @Transactional
    public void loginFailed(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.loginFailed(Instant.now());
            accounts.save(account);
        });
    }

    /**
     * Clears the count of failed logins. Written only where there is something to clear: an API client
     * authenticates on every request, and parallel requests must not race to save the same account.
     */
    @Transactional
    public void loginSucceeded(String username) {
        accounts.findByUsername(username).filter(Account::hasLoginFailures).ifPresent(account -> {
            account.loginSucceeded();
            accounts.save(account);
        });
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

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        if (password.chars().allMatch(Character::isDigit) || password.chars().allMatch(Character::isLetter)) {
            throw new AccountException("密码应同时含有字母和数字或符号");
        }
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        // at least one digit and one letter, so that generated passwords meet the rules
        password.setCharAt(RANDOM.nextInt(8), (char) ('2' + RANDOM.nextInt(8)));
        password.setCharAt(8 + RANDOM.nextInt(8), (char) ('a' + RANDOM.nextInt(8)));
        return password.toString();
    }

    /** An account and its password, shown once. */
    public record NewAccount(Account account, String password) {
    }
}
