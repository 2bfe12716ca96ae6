package org.jixiao.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.web.HttpBrowser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A password someone else chose (a new account, a reset, the first administrator's) is replaced by its owner at
 * the first login before anything else; a production start without the demo makes the three administrators
 * (三员分立), whose passwords are in a file only the server's user reads, never in the log.
 */
class FirstLoginTest {

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Nested
    class AGivenPassword {

        @LocalServerPort
        int port;
        @Autowired
        Accounts accounts;

        @Test
        void leadsEveryPageToThePasswordFormUntilItIsChanged() throws Exception {
            String given = accounts.createWithGeneratedPassword("first-login", "首次登录", Role.ADMINISTRATOR, null, null)
                    .password();
            HttpBrowser browser = new HttpBrowser(port);

            HttpResponse<String> landed = browser.logIn("first-login", given);

            assertThat(landed.uri().getPath()).isEqualTo("/account/password");
            assertThat(landed.body()).contains("请先修改密码", "至少 10 个字符");
            assertThat(browser.get("/admin/accounts").uri().getPath()).isEqualTo("/account/password");
            assertThat(basic(port, "first-login", given).statusCode()).isEqualTo(403);
            assertThat(basic(port, "first-login", given).body()).contains("请先在网页登录并修改密码");

            String changed = browser.submit("/account/password", "/account/password",
                    Map.of("current", given, "replacement", "Chosen-by-me-7", "repeated", "Chosen-by-me-7")).body();

            assertThat(changed).contains("密码已修改");
            assertThat(browser.get("/admin/accounts").uri().getPath()).isEqualTo("/admin/accounts");
            assertThat(basic(port, "first-login", "Chosen-by-me-7").statusCode()).isEqualTo(200);
        }

        @Test
        void aWeakNewPasswordIsRefusedWithTheRule() throws Exception {
            String given = accounts.createWithGeneratedPassword("first-weak", "弱密码", Role.ADMINISTRATOR, null, null)
                    .password();
            HttpBrowser browser = new HttpBrowser(port);
            browser.logIn("first-weak", given);

            String refused = browser.submit("/account/password", "/account/password",
                    Map.of("current", given, "replacement", "password12", "repeated", "password12")).body();

            assertThat(refused).contains("至少 3 种");
            assertThat(browser.get("/").uri().getPath()).isEqualTo("/account/password");
        }
    }

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "jixiao.demo.enabled=false", "jixiao.initial-password-file=target/first-login-test/initial-admin-password"})
    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class AProductionStart {

        @LocalServerPort
        int port;

        @Test
        void makesTheThreeAdministratorsWhosePasswordsAreInAPrivateFileNotTheLog(CapturedOutput output) throws Exception {
            Path file = Path.of("target/first-login-test/initial-admin-password");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            // 三员分立: three administrators, one line each: user name, role, password
            assertThat(lines).extracting(line -> line.split(" ")[0] + " " + line.split(" ")[1])
                    .containsExactly("admin 系统管理员", "secadmin 安全管理员", "auditor 审计管理员");
            for (String line : lines) {
                String[] parts = line.split(" ");
                assertThat(parts[2]).hasSize(16);
                assertThat(new HttpBrowser(port).logIn(parts[0], parts[2]).uri().getPath()).isEqualTo("/account/password");
                assertThat(output.getAll()).doesNotContain(parts[2]);
            }
            assertThat(output.getAll()).contains("三个管理员账号");
            assertThat(basic(port, "lwfl", lines.get(0).split(" ")[2]).statusCode()).as("no demo accounts").isEqualTo(401);
        }
    }

    private static HttpResponse<String> basic(int port, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/evaluations")).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
