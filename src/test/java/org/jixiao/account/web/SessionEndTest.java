package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.web.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A login ends when its account can no longer be trusted with it: disabled, its password reset by the
 * administrator, or changed by its owner (who stays logged in where the change was made); and an idle one ends
 * after thirty minutes. Over HTTP, with browsers of their own, as the sessions are kept in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndTest {

    private static final String PASSWORD = "secret-pass-1";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAnAccountEndsItsOpenSessions() throws Exception {
        Account account = someone("session-disabled");
        HttpBrowser browser = loggedIn(account);

        accounts.disable(account.id());

        assertThat(isLoggedIn(browser)).isFalse();
        assertThat(browser.logIn(account.username(), PASSWORD).body()).contains("用户名或密码不正确");
    }

    @Test
    void aResetPasswordEndsEverySessionOfTheAccount() throws Exception {
        Account account = someone("session-reset");
        HttpBrowser office = loggedIn(account);
        HttpBrowser home = loggedIn(account);

        accounts.resetPassword(account.id());

        assertThat(isLoggedIn(office)).isFalse();
        assertThat(isLoggedIn(home)).isFalse();
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        Account account = someone("session-changed");
        HttpBrowser here = loggedIn(account);
        HttpBrowser elsewhere = loggedIn(account);

        String answer = here.submit("/account/password", "/account/password",
                Map.of("current", PASSWORD, "replacement", "another-pass-2", "repeated", "another-pass-2")).body();

        assertThat(answer).contains("密码已修改");
        assertThat(isLoggedIn(here)).isTrue();
        assertThat(isLoggedIn(elsewhere)).isFalse();
        assertThat(isLoggedIn(loggedIn(account.username(), "another-pass-2"))).isTrue();
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() throws Exception {
        Account account = someone("session-idle");
        loggedIn(account);

        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
                .param(account.username()).query(Integer.class).list()).containsOnly(30 * 60);
    }

    private Account someone(String username) {
        return accounts.find(username).orElseGet(
                () -> accounts.create(username, "会话测试", Role.ADMINISTRATOR, null, null, PASSWORD));
    }

    private HttpBrowser loggedIn(Account account) throws IOException, InterruptedException {
        return loggedIn(account.username(), PASSWORD);
    }

    private HttpBrowser loggedIn(String username, String password) throws IOException, InterruptedException {
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(username, password);
        assertThat(isLoggedIn(browser)).as(username + " logged in").isTrue();
        return browser;
    }

    /** Whether the browser's own page opens, rather than the login page. */
    private static boolean isLoggedIn(HttpBrowser browser) throws IOException, InterruptedException {
        return !browser.get("/account/password").uri().getPath().equals("/login");
    }
}
