package org.jixiao.account;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's login: one role, the unit (unit editor, project leader) or region (finance reviewer) it acts for,
 * and the count of failed logins that locks it for a while.
 */
@Table("app_user")
public class Account {

    /** Failed logins in a row that lock an account. */
    static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long unitId;
    private String region;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    @Version
    private Long version;
    private Instant createdAt;

    @PersistenceCreator
    Account() {
    }

    static Account create(String username, String displayName, Role role, Long unitId, String region,
            String passwordHash, Instant now) {
        if (role.belongsToUnit() && unitId == null) {
            throw new IllegalArgumentException(role.label() + "必须属于一个单位");
        }
        if (role == Role.FINANCE_REVIEWER && (region == null || region.isBlank())) {
            throw new IllegalArgumentException("财政审核人必须属于一个行政区划");
        }
        Account account = new Account();
        account.username = username.strip();
        account.displayName = displayName.strip();
        account.role = role;
        account.unitId = role.belongsToUnit() ? unitId : null;
        account.region = role == Role.FINANCE_REVIEWER ? region.strip() : null;
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.createdAt = now;
        return account;
    }

    /** A failed login: the fifth in a row locks the account for {@link #LOCK_TIME}. */
    void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_TIME);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean hasLoginFailures() {
        return failedLogins > 0 || lockedUntil != null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        loginSucceeded();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long unitId() {
        return unitId;
    }

    public String region() {
        return region;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
