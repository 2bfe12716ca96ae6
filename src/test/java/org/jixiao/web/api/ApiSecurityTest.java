package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.LoginThrottle;
import org.jixiao.account.Role;
import org.jixiao.document.DocumentJson;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * How API clients and browsers are let in: HTTP Basic with the accounts' lock-out and no session, a browser's
 * session with its CSRF token, refusals as problem details rather than the login page, and the pages untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    LoginThrottle throttle;

    private ApiFixture fixture;

    @BeforeAll
    void people() {
        fixture = new ApiFixture("接口安全", "api-sec", evaluations, accounts, workflow);
    }

    @Test
    void aWrongPasswordIsRefusedWithTheChallengeForApiClients() throws Exception {
        MockHttpServletResponse response = call(get("/api/v1/evaluations")
                .with(httpBasic(fixture.account("editorA").username(), "wrong-pass-1")));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"jixiao\", charset=\"UTF-8\"");
        assertThat(json(response).get("detail").asString()).isEqualTo("用户名或密码不正确（连续多次错误将暂时锁定）");
    }

    @Test
    void browsersAreNeverAskedForBasicCredentials() throws Exception {
        long id = fixture.evaluationOfA("draft");

        MockHttpServletResponse response = call(get("/api/v1/evaluations/" + id + "/audit").header("Sec-Fetch-Mode", "navigate"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(json(response).get("detail").asString()).startsWith("请先登录：用 HTTP Basic 认证");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatAddressForTheApiAndThePages() throws Exception {
        accounts.create("api-sec-locked", "将被锁定", Role.UNIT_EDITOR, fixture.account("editorA").unitId(), null,
                ApiFixture.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(call(get("/api/v1/evaluations").with(httpBasic("api-sec-locked", "wrong-pass-" + i))
                    .with(from("192.0.2.11"))).getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse response = call(get("/api/v1/evaluations")
                .with(httpBasic("api-sec-locked", ApiFixture.PASSWORD)).with(from("192.0.2.11")));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).isEqualTo("登录失败次数过多，已暂时锁定，请 15 分钟后再试");
        assertThat(throttle.isLocked("api-sec-locked")).isTrue();
        MvcResult page = mvc.perform(post("/login").param("username", "api-sec-locked")
                .param("password", ApiFixture.PASSWORD).with(csrf()).with(from("192.0.2.11"))).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).contains("/login?error");
    }

    @Test
    void theSecurityAdministratorUnlocksAnAccountWithoutChangingItsPassword() throws Exception {
        Account locked = accounts.create("api-sec-unlocked", "解锁", Role.UNIT_EDITOR,
                fixture.account("editorA").unitId(), null, ApiFixture.PASSWORD);
        for (int i = 0; i < 5; i++) {
            call(get("/api/v1/evaluations").with(httpBasic("api-sec-unlocked", "wrong-pass-" + i)).with(from("192.0.2.15")));
        }
        assertThat(throttle.isLocked("api-sec-unlocked")).isTrue();

        assertThat(mvc.perform(post("/admin/accounts/" + locked.id() + "/unlock").with(csrf())
                .with(SignedIn.as(fixture.account("admin")))).andReturn().getResponse().getStatus())
                .as("not the system administrator's").isEqualTo(403);
        mvc.perform(post("/admin/accounts/" + locked.id() + "/unlock").with(csrf())
                .with(SignedIn.as(fixture.account("secadmin"))));

        assertThat(throttle.isLocked("api-sec-unlocked")).isFalse();
        assertThat(call(get("/api/v1/evaluations").with(httpBasic("api-sec-unlocked", ApiFixture.PASSWORD))
                .with(from("192.0.2.15"))).getStatus()).isEqualTo(200);
    }

    @Test
    void aStrangerGuessingDoesNotLockTheOwnerOut() throws Exception {
        String admin = fixture.account("admin").username();
        for (int i = 0; i < 6; i++) {
            call(get("/api/v1/evaluations").with(httpBasic(admin, "wrong-pass-" + i)).with(from("203.0.113.66")));
        }

        assertThat(call(get("/api/v1/evaluations").with(httpBasic(admin, ApiFixture.PASSWORD))
                .with(from("192.0.2.12"))).getStatus()).isEqualTo(200);
        MvcResult page = mvc.perform(post("/login").param("username", admin).param("password", ApiFixture.PASSWORD)
                .with(csrf()).with(from("192.0.2.12"))).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(call(get("/api/v1/evaluations").with(httpBasic(admin, ApiFixture.PASSWORD))
                .with(from("203.0.113.66"))).getStatus()).isEqualTo(401);
    }

    @Test
    void fortyParallelWrongPasswordsAreRefusedWithoutAServerError() throws Exception {
        accounts.create("api-sec-raced", "并发猜测", Role.UNIT_EDITOR, fixture.account("editorA").unitId(), null,
                ApiFixture.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> {
                start.await();
                return call(get("/api/v1/evaluations").with(httpBasic("api-sec-raced", "wrong-pass-" + i))
                        .with(from("192.0.2.13"))).getStatus();
            })).toList();
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(401, 429); // refused, never a 500 of a stale version
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(throttle.isLocked("api-sec-raced")).isTrue();
    }

    @Test
    void aRightPasswordClearsTheFailuresSoFar() throws Exception {
        accounts.create("api-sec-cleared", "失败清零", Role.UNIT_EDITOR, fixture.account("editorA").unitId(), null,
                ApiFixture.PASSWORD);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                call(get("/api/v1/evaluations").with(httpBasic("api-sec-cleared", "wrong-pass-" + i))
                        .with(from("192.0.2.14")));
            }
            assertThat(call(get("/api/v1/evaluations").with(httpBasic("api-sec-cleared", ApiFixture.PASSWORD))
                    .with(from("192.0.2.14"))).getStatus()).isEqualTo(200);
        }
        assertThat(throttle.isLocked("api-sec-cleared")).isFalse();
    }

    /** A request from the given client address, so that this class's failures do not stop other tests' logins. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void basicAuthenticationKeepsNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/evaluations").with(fixture.basic("editorA"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void aBasicClientPostsWithoutACsrfToken() throws Exception {
        long id = fixture.evaluationOfA("draft");

        assertThat(call(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true")
                .with(fixture.basic("editorA"))).getStatus()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aBrowserLoggedInThroughThePagesUsesTheApiWithItsCsrfToken() throws Exception {
        long id = fixture.evaluationOfA("draft");
        // the session lives in the database (Spring Session): the browser finds it again by its cookie
        Cookie session = mvc.perform(formLogin("/login")
                .user(fixture.account("editorA").username()).password(ApiFixture.PASSWORD)).andReturn().getResponse()
                .getCookie("JSESSIONID");
        assertThat(session).isNotNull();

        assertThat(call(get("/api/v1/evaluations/" + id).cookie(session)).getStatus()).isEqualTo(200);
        MockHttpServletResponse forged = call(post("/api/v1/evaluations/" + id + "/submit").cookie(session));
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(json(forged).get("detail").asString()).startsWith("缺少或无效的 CSRF 令牌");
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(call(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true").cookie(session)
                .with(csrf().asHeader())).getStatus())
                .isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aSessionUserIsTheSamePersonAsThroughBasic() throws Exception {
        long id = fixture.evaluationOfA("draft");

        assertThat(call(get("/api/v1/evaluations/" + id).with(SignedIn.as(fixture.account("editorB")))).getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/evaluations/" + id).with(SignedIn.as(fixture.account("leaderA")))).getStatus())
                .isEqualTo(200);
    }

    @Test
    void basicCredentialsDoNotOpenThePages() throws Exception {
        long id = fixture.evaluationOfA("draft");

        MockHttpServletResponse page = call(get("/evaluations/" + id).with(fixture.basic("editorA")));

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void thePagesStillSendTheAnonymousToTheLoginPage() throws Exception {
        long id = fixture.evaluationOfA("draft");

        assertThat(call(get("/evaluations/" + id)).getRedirectedUrl()).endsWith("/login");
        assertThat(call(get("/api/v1/evaluations/" + id + "/audit")).getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownPathOrMethodIsAProblemToo() throws Exception {
        MockHttpServletResponse unknown = call(get("/api/v1/evaluation").with(fixture.basic("editorA")));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).get("detail").asString()).isEqualTo("没有这个接口：GET /api/v1/evaluation（接口列表见 /swagger-ui.html）");

        MockHttpServletResponse method = call(delete("/api/v1/evaluations").with(fixture.basic("editorA")));
        assertThat(method.getStatus()).isEqualTo(405);
        assertThat(method.getHeader(HttpHeaders.ALLOW)).contains("GET", "POST");
        assertThat(json(method).get("detail").asString()).startsWith("/api/v1/evaluations 不支持 DELETE 请求：应为 ");
    }

    private EvaluationStatus statusOf(long id) {
        return workflow.read(fixture.actor("admin"), id).status();
    }

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return DocumentJson.parseTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
