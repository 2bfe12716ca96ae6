package org.jixiao.account;

import java.time.Instant;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Accounts made as {@link Accounts#create} makes them, with an id, but never stored: for tests of a page's slice,
 * where no database is started and the services are stand-ins.
 */
public final class UnsavedAccounts {

    private UnsavedAccounts() {
    }

    public static Account of(long id, String username, String displayName, Role role, Long unitId, String region) {
        Account account = Account.create(username, displayName, role, unitId, region, "{noop}unused", Instant.now());
        ReflectionTestUtils.setField(account, "id", id); // the database's to give; no stored row here
        return account;
    }
}
