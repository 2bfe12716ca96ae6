package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * jixiao behind an HTTPS reverse proxy on the same host (the default trusted proxy): what the proxy says of the
 * client (X-Forwarded-Proto, X-Forwarded-For) makes cookies Secure, adds HSTS, keeps redirects on https and gives
 * the lock-out the client's own address. Said by anyone else, it is not believed.
 */
class BehindProxyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Requests as the proxy forwards them: the test client is on this host, like the proxy. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Nested
    class FromTheTrustedProxy {

        @LocalServerPort
        int port;
        @Autowired
        Accounts accounts;

        @Test
        void anHttpsRequestGetsHstsSecureCookiesAndHttpsRedirects() throws Exception {
            HttpResponse<String> login = send(port, "/login", "https", "198.51.100.20", null);
            HttpResponse<String> protectedPage = send(port, "/account/password", "https", "198.51.100.20", null);

            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
                    cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
            assertThat(protectedPage.statusCode()).isEqualTo(302);
            assertThat(protectedPage.headers().firstValue("Location").orElseThrow()).doesNotStartWith("http:");
        }

        @Test
        void thePlainHttpRequestGetsNeither() throws Exception {
            HttpResponse<String> login = send(port, "/login", "http", "198.51.100.21", null);

            assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(login.headers().allValues("Set-Cookie")).noneSatisfy(
                    cookie -> assertThat(cookie).contains("Secure"));
        }

        @Test
        void theLockOutCountsTheClientsAddressNotTheProxys() throws Exception {
            if (accounts.find("proxy-user").isEmpty()) {
                accounts.create("proxy-user", "代理之后", Role.ADMINISTRATOR, null, null, "secret-pass-1");
            }
            for (int i = 0; i < 5; i++) {
                logIn(port, "198.51.100.30", "proxy-user", "wrong-pass-" + i);
            }

            // the stranger is locked out; the owner, another client of the same proxy, is not
            assertThat(logIn(port, "198.51.100.30", "proxy-user", "secret-pass-1").headers().firstValue("Location")
                    .orElseThrow()).contains("/login?error");
            assertThat(logIn(port, "198.51.100.31", "proxy-user", "secret-pass-1").headers().firstValue("Location")
                    .orElseThrow()).doesNotContain("error");
        }
    }

    /** The same headers from a client that is not the configured proxy. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.254")
    @Nested
    class FromAnyoneElse {

        @LocalServerPort
        int port;

        @Test
        void forwardedHeadersAreNotBelieved() throws Exception {
            HttpResponse<String> login = send(port, "/login", "https", "198.51.100.40", null);

            assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(login.headers().allValues("Set-Cookie")).noneSatisfy(
                    cookie -> assertThat(cookie).contains("Secure"));
        }
    }

    private static HttpResponse<String> logIn(int port, String client, String username, String password)
            throws Exception {
        HttpResponse<String> form = send(port, "/login", "https", client, null);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        return send(port, "/login", "https", client, List.of(cookie, body));
    }

    /** A request as the proxy passes it on; {@code post} is the cookie and the form, or null for a GET. */
    private static HttpResponse<String> send(int port, String path, String scheme, String client, List<String> post)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Proto", scheme).header("X-Forwarded-For", client);
        if (post != null) {
            request.header("Cookie", post.get(0)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(post.get(1)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
