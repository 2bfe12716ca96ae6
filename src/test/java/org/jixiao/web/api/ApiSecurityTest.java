package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jixiao.account.Accounts;
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
        assertThat(json(response).get("detail").asString()).isEqualTo("用户名或密码不正确（连续 5 次错误将锁定账号 15 分钟）");
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
    void fiveWrongPasswordsLockTheAccountForTheApiAndThePages() throws Exception {
        accounts.create("api-sec-locked", "将被锁定", Role.UNIT_EDITOR, fixture.account("editorA").unitId(), null,
                ApiFixture.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(call(get("/api/v1/evaluations").with(httpBasic("api-sec-locked", "wrong-pass-" + i))).getStatus())
                    .isEqualTo(401);
        }

        MockHttpServletResponse response = call(get("/api/v1/evaluations").with(httpBasic("api-sec-locked", ApiFixture.PASSWORD)));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).isEqualTo("账号因连续登录失败已被暂时锁定，请 15 分钟后再试");
        assertThat(accounts.find("api-sec-locked").orElseThrow().isLocked(Instant.now())).isTrue();
        MvcResult page = mvc.perform(formLogin("/login").user("api-sec-locked").password(ApiFixture.PASSWORD)).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).contains("/login?error");
    }

    @Test
    void aRightPasswordClearsTheFailuresSoFar() throws Exception {
        accounts.create("api-sec-cleared", "失败清零", Role.UNIT_EDITOR, fixture.account("editorA").unitId(), null,
                ApiFixture.PASSWORD);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                call(get("/api/v1/evaluations").with(httpBasic("api-sec-cleared", "wrong-pass-" + i)));
            }
            assertThat(call(get("/api/v1/evaluations").with(httpBasic("api-sec-cleared", ApiFixture.PASSWORD))).getStatus())
                    .isEqualTo(200);
        }
        assertThat(accounts.find("api-sec-cleared").orElseThrow().isLocked(Instant.now())).isFalse();
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

        assertThat(call(post("/api/v1/evaluations/" + id + "/submit").with(fixture.basic("editorA"))).getStatus()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aBrowserLoggedInThroughThePagesUsesTheApiWithItsCsrfToken() throws Exception {
        long id = fixture.evaluationOfA("draft");
        // the session lives in the database (Spring Session): the browser finds it again by its cookie
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/login")
                .user(fixture.account("editorA").username()).password(ApiFixture.PASSWORD)).andReturn().getResponse()
                .getCookie("JSESSIONID");
        assertThat(session).isNotNull();

        assertThat(call(get("/api/v1/evaluations/" + id).cookie(session)).getStatus()).isEqualTo(200);
        MockHttpServletResponse forged = call(post("/api/v1/evaluations/" + id + "/submit").cookie(session));
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(json(forged).get("detail").asString()).startsWith("缺少或无效的 CSRF 令牌");
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(call(post("/api/v1/evaluations/" + id + "/submit").cookie(session).with(csrf().asHeader())).getStatus())
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
