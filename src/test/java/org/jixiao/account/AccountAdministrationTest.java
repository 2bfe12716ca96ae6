package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 三员分立: who manages which accounts, resets passwords and reads the security log. */
class AccountAdministrationTest {

    @ParameterizedTest(name = "{0} manages {1}: {2}")
    @CsvSource(textBlock = """
            ADMINISTRATOR         , UNIT_EDITOR           , true
            ADMINISTRATOR         , PROJECT_LEADER        , true
            ADMINISTRATOR         , FINANCE_REVIEWER      , true
            ADMINISTRATOR         , ADMINISTRATOR         , false
            ADMINISTRATOR         , SECURITY_ADMINISTRATOR, false
            ADMINISTRATOR         , AUDIT_ADMINISTRATOR   , false
            SECURITY_ADMINISTRATOR, UNIT_EDITOR           , false
            SECURITY_ADMINISTRATOR, FINANCE_REVIEWER      , false
            SECURITY_ADMINISTRATOR, ADMINISTRATOR         , true
            SECURITY_ADMINISTRATOR, SECURITY_ADMINISTRATOR, true
            SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR   , true
            AUDIT_ADMINISTRATOR   , UNIT_EDITOR           , false
            AUDIT_ADMINISTRATOR   , AUDIT_ADMINISTRATOR   , false
            FINANCE_REVIEWER      , UNIT_EDITOR           , false
            UNIT_EDITOR           , UNIT_EDITOR           , false
            """)
    void eachAdministratorManagesItsOwnKindOfAccount(Role by, Role of, boolean manages) {
        assertThat(AccountAdministration.rolesManagedBy(actor(by, "someone")).contains(of)).isEqualTo(manages);
        assertThat(AccountAdministration.canManage(actor(by, "someone"), account(of, "other"))).isEqualTo(manages);
    }

    @Test
    void noOneManagesTheirOwnAccountHere() {
        Actor security = actor(Role.SECURITY_ADMINISTRATOR, "secadmin");

        assertThat(AccountAdministration.canManage(security, account(Role.SECURITY_ADMINISTRATOR, "secadmin"))).isFalse();
        assertThat(AccountAdministration.canResetPassword(security, account(Role.SECURITY_ADMINISTRATOR, "secadmin")))
                .isFalse();
        assertThat(AccountAdministration.canManage(security, account(Role.SECURITY_ADMINISTRATOR, "secadmin2"))).isTrue();
    }

    @Test
    void onlyTheSecurityAdministratorResetsPasswordsAndOnlyTheAuditorReadsTheLog() {
        for (Role role : Role.values()) {
            assertThat(AccountAdministration.canResetPassword(actor(role, "someone"), account(Role.UNIT_EDITOR, "other")))
                    .as(role.name()).isEqualTo(role == Role.SECURITY_ADMINISTRATOR);
            assertThat(AccountAdministration.canReadSecurityLog(actor(role, "someone")))
                    .as(role.name()).isEqualTo(role == Role.AUDIT_ADMINISTRATOR);
        }
        assertThat(AccountAdministration.canReadSecurityLog(null)).isFalse();
    }

    @Test
    void theThreeAdministratorsAreTheOnesWhoAdminister() {
        assertThat(Role.ADMINISTRATORS).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR,
                Role.AUDIT_ADMINISTRATOR);
        assertThat(Accounts.ADMINISTRATORS).extracting(Accounts.NewAccountRequest::role)
                .containsExactlyElementsOf(Role.ADMINISTRATORS);
    }

    private static Actor actor(Role role, String username) {
        return new Actor(1, username, username, role, role.belongsToUnit() ? 9L : null,
                role == Role.FINANCE_REVIEWER ? "某区" : null);
    }

    private static Account account(Role role, String username) {
        return Account.create(username, username, role, role.belongsToUnit() ? 9L : null,
                role == Role.FINANCE_REVIEWER ? "某区" : null, "{noop}x", Instant.now());
    }
}
