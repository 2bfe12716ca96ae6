package org.jixiao.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's login: one role, and the unit (unit editor, project leader) or region (finance reviewer) it acts
 * for. Failed logins are counted apart, by {@link LoginThrottle}.
 */
@Table("app_user")
public class Account {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long unitId;
    private String region;
    private boolean enabled;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;

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
        account.passwordChangedAt = now;
        return account;
    }

    /** A new password; {@code toBeChanged} where it was given by someone else, to be replaced at the next login. */
    void changePassword(String newHash, Instant now, boolean toBeChanged) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = toBeChanged;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** Lets the person log in again. */
    void enable() {
        enabled = true;
    }

    /** Stops the person logging in; their evaluations and history stay. */
    void disable() {
        enabled = false;
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

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** Whether its owner must choose a new password before anything else: it was generated or reset. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
