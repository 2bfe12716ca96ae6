package org.jixiao.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may manage which accounts, decided here and nowhere else (三员分立): the system administrator manages the
 * accounts of the people who report and review, the security administrator those of the three administrators and
 * everyone's password resets and unlocking; the audit administrator manages none. No one changes their own account
 * here: a person's own password is changed on their own page.
 */
@Service
public class AccountAdministration {

    private static final Set<Role> PEOPLE = EnumSet.of(Role.UNIT_EDITOR, Role.PROJECT_LEADER, Role.FINANCE_REVIEWER,
            Role.THIRD_PARTY_EVALUATOR, Role.EXPERT);

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;

    AccountAdministration(Accounts accounts, SecondFactors secondFactors, LoginThrottle throttle) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
    }

    /** The roles of the accounts the actor may create, enable and disable. */
    public static Set<Role> rolesManagedBy(Actor actor) {
        if (actor == null) {
            return Set.of();
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> PEOPLE;
            case SECURITY_ADMINISTRATOR -> Role.ADMINISTRATORS;
            default -> Set.of();
        };
    }

    /** Whether the actor may enable or disable the account. */
    public static boolean canManage(Actor actor, Account account) {
        return rolesManagedBy(actor).contains(account.role()) && !account.username().equals(actor.username());
    }

    /** Whether the actor may reset the account's password (which also unlocks it): the security administrator's. */
    public static boolean canResetPassword(Actor actor, Account account) {
        return actor != null && actor.is(Role.SECURITY_ADMINISTRATOR) && !account.username().equals(actor.username());
    }

    /** Whether the actor may open the list of accounts at all. */
    public static boolean canListAccounts(Actor actor) {
        return actor != null && (actor.is(Role.ADMINISTRATOR) || actor.is(Role.SECURITY_ADMINISTRATOR));
    }

    /** Whether the actor reads the security log: the audit administrator alone. */
    public static boolean canReadSecurityLog(Actor actor) {
        return actor != null && actor.is(Role.AUDIT_ADMINISTRATOR);
    }

    /** The accounts the actor sees in the list: all, for the two who manage some. */
    public List<Account> listedFor(Actor actor) {
        if (!canListAccounts(actor)) {
            throw new NotPermittedException("您的角色不管理账号");
        }
        return accounts.all();
    }

    @Transactional
    public Accounts.NewAccount create(Actor actor, String username, String displayName, Role role, Long unitId,
            String region) {
        if (role == null || !rolesManagedBy(actor).contains(role)) {
            throw new NotPermittedException(refusal(actor, role));
        }
        return accounts.createWithGeneratedPassword(username, displayName, role, unitId, region);
    }

    @Transactional
    public void enable(Actor actor, long accountId) {
        accounts.enable(managed(actor, accountId).id());
    }

    @Transactional
    public void disable(Actor actor, long accountId) {
        accounts.disable(managed(actor, accountId).id());
    }

    /** The account, where the actor may enable or disable it. */
    private Account managed(Actor actor, long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        if (!canManage(actor, account)) {
            throw new NotPermittedException(account.username().equals(actor.username()) ? "不能停用或启用自己的账号"
                    : refusal(actor, account.role()));
        }
        return account;
    }

    /** A generated password for the account, returned once with it to be handed over; unlocks it. */
    @Transactional
    public Accounts.NewAccount resetPassword(Actor actor, long accountId) {
        Account account = recoverable(actor, accountId, "不能重置自己的密码：请在“修改密码”中修改", "重置密码和解锁由安全管理员办理");
        return new Accounts.NewAccount(account, accounts.resetPassword(accountId));
    }

    /**
     * Lifts the account's locks (from every address) without touching its password: the person who locked
     * themselves out by mistyping, once they have shown who they are. The security administrator's, not one's own.
     */
    public void unlock(Actor actor, long accountId) {
        throttle.clear(recoverable(actor, accountId, "不能为自己的账号解锁", "解锁由安全管理员办理").username());
    }

    /**
     * Forgets a person's second factor (a lost phone and lost recovery codes): the security administrator's, as a
     * password reset is, and never one's own.
     */
    @Transactional
    public void resetSecondFactor(Actor actor, long accountId) {
        recoverable(actor, accountId, "不能重置自己的动态口令", "重置动态口令由安全管理员办理");
        secondFactors.reset(accountId);
    }

    /**
     * The account, where the actor may help its owner back in (a password reset, an unlock, a second factor
     * reset): the security administrator's, never one's own; else refused with the words for the case.
     */
    private Account recoverable(Actor actor, long accountId, String ownRefused, String refused) {
        Account account = accounts.find(accountId).orElseThrow(() -> new AccountException("没有这个账号"));
        if (!canResetPassword(actor, account)) {
            throw new NotPermittedException(account.username().equals(actor.username()) ? ownRefused : refused);
        }
        return account;
    }

    private static String refusal(Actor actor, Role role) {
        String what = role == null ? "账号" : role.label() + "的账号";
        return switch (actor == null ? Role.UNIT_EDITOR : actor.role()) {
            case ADMINISTRATOR -> what + "由安全管理员管理";
            case SECURITY_ADMINISTRATOR -> what + "由系统管理员管理";
            default -> "您的角色不管理账号";
        };
    }
}
