package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Accounts on each database (H2 and PostgreSQL, in the classes that extend this one). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
@Transactional
abstract class AccountsContract {

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LoginThrottle throttle;

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        Account account = accounts.create("wang", "王五", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("secret-pass-1");
        assertThat(passwords.matches("secret-pass-1", account.passwordHash())).isTrue();
    }

    @Test
    void theRulesOfANewAccount() {
        accounts.create("wang", "王五", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        assertThatThrownBy(() -> accounts.create("wang", "别人", Role.ADMINISTRATOR, null, null, "secret-pass-2"))
                .hasMessageContaining("已被使用");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.ADMINISTRATOR, null, null, "short1"))
                .hasMessageContaining("至少 10 个字符");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.ADMINISTRATOR, null, null, "onlyletters"))
                .hasMessageContaining("至少 3 种");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.ADMINISTRATOR, null, null, "password12"))
                .hasMessageContaining("至少 3 种");
        assertThatThrownBy(() -> accounts.create("lisi", "李四", Role.ADMINISTRATOR, null, null, "lisi-pass-12"))
                .hasMessageContaining("用户名");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.UNIT_EDITOR, null, null, "secret-pass-1"))
                .hasMessageContaining("必须属于一个单位");
        assertThatThrownBy(() -> accounts.create("li", "李".repeat(101), Role.ADMINISTRATOR, null, null, "secret-pass-1"))
                .hasMessageContaining("姓名不能超过 100 个字符");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.FINANCE_REVIEWER, null, "区".repeat(101), "secret-pass-1"))
                .hasMessageContaining("行政区划名称不能超过 100 个字符");
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.FINANCE_REVIEWER, null, " ", "secret-pass-1"))
                .hasMessageContaining("行政区划");
        assertThatThrownBy(() -> accounts.create("李 四", "李四", Role.ADMINISTRATOR, null, null, "secret-pass-1"))
                .hasMessageContaining("用户名");
    }

    @Test
    void anAccountForAUnitThatDoesNotExistIsRefused() {
        // (last in its transaction: PostgreSQL takes no statement after the refused one)
        assertThatThrownBy(() -> accounts.create("li", "李四", Role.UNIT_EDITOR, -7L, null, "secret-pass-1"))
                .isInstanceOf(AccountException.class).hasMessageContaining("所选单位不存在（编号 -7）");
    }

    @Test
    void aResetPasswordIsGeneratedShownOnceAndUnlocks() {
        Account account = accounts.create("wang", "王五", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        for (int i = 0; i < 5; i++) {
            throttle.begin("wang", "192.0.2.1").failed();
        }
        assertThat(throttle.isLocked("wang")).isTrue();

        String password = accounts.resetPassword(account.id());

        Account reset = accounts.find("wang").orElseThrow();
        assertThat(password).hasSize(16).containsPattern("[0-9]").containsPattern("[a-zA-Z]");
        assertThat(passwords.matches(password, reset.passwordHash())).isTrue();
        assertThat(throttle.isLocked("wang")).isFalse();
        throttle.begin("wang", "192.0.2.1").succeeded();
    }

    @Test
    void generatedAndResetPasswordsAreChangedAtTheFirstLoginAndOnesOwnIsNot() {
        Accounts.NewAccount created = accounts.createWithGeneratedPassword("zhao", "赵六", Role.ADMINISTRATOR, null, null);
        assertThat(accounts.passwordChangeRequired(created.account())).isTrue();

        accounts.changePassword("zhao", created.password(), "Own-choice-42");
        assertThat(accounts.passwordChangeRequired(accounts.find("zhao").orElseThrow())).isFalse();

        accounts.resetPassword(created.account().id());
        assertThat(accounts.passwordChangeRequired(accounts.find("zhao").orElseThrow())).isTrue();
    }

    @Test
    void aRecentPasswordCannotBeChosenAgain() {
        accounts.create("wang", "王五", Role.ADMINISTRATOR, null, null, "first-pass-1");
        accounts.changePassword("wang", "first-pass-1", "second-pass-2");

        assertThatThrownBy(() -> accounts.changePassword("wang", "second-pass-2", "first-pass-1"))
                .isInstanceOf(AccountException.class).hasMessageContaining("最近 5 次");
        assertThatThrownBy(() -> accounts.changePassword("wang", "second-pass-2", "second-pass-2"))
                .hasMessageContaining("最近 5 次");
        accounts.changePassword("wang", "second-pass-2", "third-pass-3");
    }

    @Test
    void generatedPasswordsDiffer() {
        assertThat(Accounts.generatePassword()).isNotEqualTo(Accounts.generatePassword());
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        accounts.create("wang", "王五", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        assertThatThrownBy(() -> accounts.changePassword("wang", "wrong-pass-1", "new-secret-2"))
                .hasMessageContaining("当前密码不正确");
        accounts.changePassword("wang", "secret-pass-1", "new-secret-2");

        assertThat(passwords.matches("new-secret-2", accounts.find("wang").orElseThrow().passwordHash())).isTrue();
    }
}
