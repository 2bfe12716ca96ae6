package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.account.SecondFactors;
import org.jixiao.account.SecurityLog;
import org.jixiao.account.TotpSecret;
import org.jixiao.account.internal.Totp;
import org.jixiao.web.HttpBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A login with a second factor, over HTTP with browsers of their own: the password alone opens only the code
 * page; a wrong or replayed code is refused, the right one and a recovery code (once) let in; a role that must
 * use it is led to enroll first; HTTP Basic with the password alone is refused with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorTest {

    private static final String PASSWORD = "secret-pass-1";
    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    SecurityLog securityLog;

    @AfterEach
    void noRoleRequiresIt() {
        secondFactors.requireFor(Set.of()); // the context, and its database, is shared with other tests
    }

    @Test
    void thePasswordAloneOpensOnlyTheCodePageAndEachCodeIsTakenOnce() throws Exception {
        accounts.create("tfa-zhang", "张动态", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn("tfa-zhang", PASSWORD);
        Enrollment enrolled = enroll(browser);
        browser.submit("/", "/logout", Map.of());

        HttpResponse<String> landed = browser.logIn("tfa-zhang", PASSWORD);

        assertThat(landed.uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(landed.body()).contains("密码正确", "6 位动态口令");
        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(browser.get("/account/password").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(browser.get("/account/second-factor").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(browser.get("/api/v1/dashboard", "application/json").statusCode()).isEqualTo(403);

        assertThat(typed(browser, wrongCode(enrolled.secret())).body()).contains("动态口令或恢复码不正确");
        assertThat(typed(browser, enrolled.code()).body()).as("the enrollment's code, again")
                .contains("动态口令或恢复码不正确");
        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/login/second-factor");

        String next = Totp.code(enrolled.secret().bytes(), enrolled.step() + 1);
        HttpResponse<String> in = typed(browser, next);

        assertThat(in.uri().getPath()).isEqualTo("/");
        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");
        assertThat(browser.get("/api/v1/dashboard", "application/json").statusCode()).isEqualTo(200);

        HttpBrowser elsewhere = new HttpBrowser(port);
        elsewhere.logIn("tfa-zhang", PASSWORD);
        assertThat(typed(elsewhere, next).body()).as("a code seen over a shoulder").contains("动态口令或恢复码不正确");
        assertThat(typed(elsewhere, enrolled.recoveryCodes().get(0)).uri().getPath()).isEqualTo("/");
        assertThat(elsewhere.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");

        HttpBrowser third = new HttpBrowser(port);
        third.logIn("tfa-zhang", PASSWORD);
        assertThat(typed(third, enrolled.recoveryCodes().get(0)).body()).as("a recovery code used")
                .contains("动态口令或恢复码不正确");
        assertThat(third.get("/dashboard").uri().getPath()).isEqualTo("/login/second-factor");

        assertThat(actions("tfa-zhang")).contains("SECOND_FACTOR_ENROLLED SUCCESS", "SECOND_FACTOR SUCCESS",
                "SECOND_FACTOR FAILURE", "RECOVERY_CODE SUCCESS");
    }

    @Test
    void wrongCodesLockTheLoginAsWrongPasswordsDo() throws Exception {
        accounts.create("tfa-guess", "猜口令", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn("tfa-guess", PASSWORD);
        Enrollment enrolled = enroll(browser);
        browser.submit("/", "/logout", Map.of());
        browser.logIn("tfa-guess", PASSWORD);

        for (int i = 0; i < 5; i++) {
            typed(browser, wrongCode(enrolled.secret()));
        }
        String refused = typed(browser, Totp.code(enrolled.secret().bytes(), enrolled.step() + 1)).body();

        assertThat(refused).contains("已暂时锁定");
        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/login/second-factor");
    }

    @Test
    void basicAuthWithThePasswordAloneIsRefusedWithTheReason() throws Exception {
        accounts.create("tfa-api", "接口用户", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        assertThat(basic("tfa-api", PASSWORD).statusCode()).isEqualTo(200);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn("tfa-api", PASSWORD);
        enroll(browser);

        HttpResponse<String> refused = basic("tfa-api", PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("已启用第二因素", "请在网页登录");
    }

    @Test
    void aRoleThatMustUseItIsLedToEnrollFirstAndCannotSwitchItOff() throws Exception {
        accounts.create("tfa-admin", "管理动态", Role.SECURITY_ADMINISTRATOR, null, null, PASSWORD);
        accounts.create("tfa-must", "必须启用", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("tfa-admin", PASSWORD);
        admin.submit("/admin/second-factor", "/admin/second-factor", Map.of("role", "FINANCE_REVIEWER"));
        assertThat(admin.get("/admin/second-factor").body()).containsPattern("value=\"FINANCE_REVIEWER\" checked");

        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> landed = browser.logIn("tfa-must", PASSWORD);

        assertThat(landed.uri().getPath()).isEqualTo("/account/second-factor");
        assertThat(landed.body()).contains("您的角色须使用动态口令登录");
        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/account/second-factor");
        HttpResponse<String> api = basic("tfa-must", PASSWORD);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("须使用第二因素");

        enroll(browser);

        assertThat(browser.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");
        assertThat(browser.get("/account/second-factor").body()).contains("不能关闭").doesNotContain("关闭动态口令</button>");
    }

    @Test
    void theOwnerSwitchesItOffWithARecoveryCode() throws Exception {
        accounts.create("tfa-off", "关闭者", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn("tfa-off", PASSWORD);
        Enrollment enrolled = enroll(browser);

        assertThat(browser.submit("/account/second-factor", "/account/second-factor/off", Map.of("code", "wrong-code1"))
                .body()).contains("不正确");
        String off = browser.submit("/account/second-factor", "/account/second-factor/off",
                Map.of("code", enrolled.recoveryCodes().get(9))).body();

        assertThat(off).contains("动态口令已关闭");
        browser.submit("/", "/logout", Map.of());
        assertThat(browser.logIn("tfa-off", PASSWORD).uri().getPath()).isEqualTo("/");
    }

    @Test
    void theSecurityAdministratorResetsALostSecondFactorAndNoOneElseDoes() throws Exception {
        Account lost = accounts.create("tfa-lost", "丢了手机", Role.FINANCE_REVIEWER, null, "荔湾区", PASSWORD);
        accounts.create("tfa-secadmin", "安全管理", Role.SECURITY_ADMINISTRATOR, null, null, PASSWORD);
        accounts.create("tfa-sysadmin", "系统管理", Role.ADMINISTRATOR, null, null, PASSWORD);
        HttpBrowser owner = new HttpBrowser(port);
        owner.logIn("tfa-lost", PASSWORD);
        enroll(owner);
        String reset = "/admin/accounts/" + lost.id() + "/second-factor/reset";

        HttpBrowser system = new HttpBrowser(port);
        system.logIn("tfa-sysadmin", PASSWORD);
        assertThat(system.submit("/admin/accounts", reset, Map.of()).statusCode()).isEqualTo(403);
        assertThat(new HttpBrowser(port).logIn("tfa-lost", PASSWORD).uri().getPath()).isEqualTo("/login/second-factor");

        HttpBrowser security = new HttpBrowser(port);
        security.logIn("tfa-secadmin", PASSWORD);
        assertThat(security.get("/admin/accounts").body()).contains("重置动态口令");
        assertThat(security.submit("/admin/accounts", reset, Map.of()).body()).contains("已重置该账号的动态口令");

        assertThat(new HttpBrowser(port).logIn("tfa-lost", PASSWORD).uri().getPath()).isEqualTo("/");
    }

    /** Begins and confirms an enrollment as its owner would with an app: the secret read from the page. */
    private static Enrollment enroll(HttpBrowser browser) throws Exception {
        String begun = browser.submit("/account/second-factor", "/account/second-factor/begin", Map.of()).body();
        assertThat(begun).contains("data:image/png;base64,", "otpauth://totp/jixiao:");
        Matcher shown = SECRET.matcher(begun);
        assertThat(shown.find()).as("the secret as text").isTrue();
        TotpSecret secret = TotpSecret.fromBase32(shown.group(1));
        long step = Totp.stepAt(Instant.now());
        String code = Totp.code(secret.bytes(), step);

        String confirmed = browser.submit("/account/second-factor", "/account/second-factor/confirm",
                Map.of("code", code)).body();

        assertThat(confirmed).contains("动态口令已启用", "只显示这一次");
        List<String> recoveryCodes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(confirmed);
        while (m.find()) {
            recoveryCodes.add(m.group(1));
        }
        assertThat(recoveryCodes).hasSize(10);
        assertThat(browser.get("/account/second-factor").body()).as("shown once").doesNotContain(recoveryCodes.get(0));
        return new Enrollment(secret, step, code, recoveryCodes);
    }

    private static HttpResponse<String> typed(HttpBrowser browser, String code) throws Exception {
        return browser.submit("/login/second-factor", "/login/second-factor", Map.of("code", code));
    }

    /** A code of none of the steps around now. */
    private static String wrongCode(TotpSecret secret) {
        long step = Totp.stepAt(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean right = false;
            for (long s = step - 2; s <= step + 2; s++) {
                right |= Totp.code(secret.bytes(), s).equals(code);
            }
            if (!right) {
                return code;
            }
        }
    }

    /** The security log's lines of the account, as "ACTION OUTCOME". */
    private List<String> actions(String username) {
        return securityLog.find(new SecurityLog.Filter(null, null, username, null, null), 0, 100).stream()
                .map(e -> e.action() + " " + e.outcome()).toList();
    }

    private HttpResponse<String> basic(String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/dashboard")).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Enrollment(TotpSecret secret, long step, String code, List<String> recoveryCodes) {
    }
}
