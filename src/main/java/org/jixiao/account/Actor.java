package org.jixiao.account;

import java.io.Serializable;

/**
 * Who acts: a logged-in account as the rest of the application sees it. Serializable: it lives in the session,
 * which may be stored in the database when several servers share it.
 *
 * @param unitId the unit of a unit editor or project leader, else null
 * @param region the region of a finance reviewer, else null
 */
public record Actor(long accountId, String username, String displayName, Role role, Long unitId, String region)
        implements Serializable {

    public static Actor of(Account account) {
        return new Actor(account.id(), account.username(), account.displayName(), account.role(), account.unitId(),
                account.region());
    }

    public boolean is(Role other) {
        return role == other;
    }
}
