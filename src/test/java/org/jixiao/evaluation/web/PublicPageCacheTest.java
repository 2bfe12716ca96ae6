package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public's pages kept once made: the same page, a 304 for a browser that has it, nothing of one person's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo.enabled=false")
@AutoConfigureMockMvc
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    @Test
    void aReportPageIsServedAgainWithItsEtagAndA304ForABrowserThatHasIt() throws Exception {
        long id = published("缓存测试单位", "cache1");
        MockHttpServletResponse first = mvc.perform(get("/public/reports/" + id)).andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(get("/public/reports/" + id)).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("缓存测试单位", "登录");
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank().isEqualTo(again.getHeader("ETag"));
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.getHeader("X-Content-Type-Options")).as("the security headers on a kept page")
                .isEqualTo("nosniff");
        assertThat(again.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
                .isNotBlank();

        MockHttpServletResponse notModified = mvc.perform(get("/public/reports/" + id).header("If-None-Match", etag))
                .andReturn().getResponse();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse heading = mvc.perform(head("/public/reports/" + id)).andReturn().getResponse();
        assertThat(heading.getStatus()).isEqualTo(200);
        assertThat(heading.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aHeadRequestFirstKeepsNoEmptyPage() throws Exception {
        long id = published("先问头部单位", "cache4");
        URI page = URI.create("http://127.0.0.1:" + port + "/public/reports/" + id); // the server drops a HEAD's body
        HttpClient client = HttpClient.newHttpClient();

        assertThat(client.send(HttpRequest.newBuilder(page).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);

        HttpResponse<String> got = client.send(HttpRequest.newBuilder(page).GET().build(), BodyHandlers.ofString());
        assertThat(got.body()).contains("先问头部单位");
    }

    @Test
    void eachLanguageHasItsOwnPageAndALoggedInPersonsPageIsNeverKept() throws Exception {
        long id = published("语言测试单位", "cache2");
        String chinese = mvc.perform(get("/public/reports/" + id)).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/public/reports/" + id).cookie(new Cookie("jixiao-lang", "en")))
                .andReturn().getResponse().getContentAsString();

        assertThat(chinese).contains("返回公开报告列表");
        assertThat(english).contains("Log in").doesNotContain("返回公开报告列表");

        Account reviewer = accounts.create("cache-reviewer", "缓存审核人甲", Role.FINANCE_REVIEWER, null, "广州市海珠区",
                "secret-pass-1");
        String theirs = mvc.perform(get("/public/reports/" + id).with(SignedIn.as(reviewer))).andReturn()
                .getResponse().getContentAsString();
        assertThat(theirs).contains("缓存审核人甲").doesNotContain(">登录<");
        assertThat(mvc.perform(get("/public/reports/" + id)).andReturn().getResponse().getContentAsString())
                .as("the public's page after theirs").doesNotContain("缓存审核人甲").isEqualTo(chinese);
    }

    @Test
    void theListShowsAReportPublishedAfterItWasKept() throws Exception {
        String before = mvc.perform(get("/public?unit=列表缓存单位")).andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("列表缓存单位</");

        long id = published("列表缓存单位", "cache3");

        assertThat(mvc.perform(get("/public?unit=列表缓存单位")).andReturn().getResponse().getContentAsString())
                .contains("/public/reports/" + id);
    }

    private long published(String unitName, String login) {
        EvaluationDocument seed = SeedDocument.load();
        Department unit = Department.named(unitName, "广州市海珠区");
        long id = evaluations.importDocuments(List.of(seed.withDepartment(unit)), "test").get(0).id();
        long unitId = evaluations.unit(unitName, "广州市海珠区").orElseThrow().id();
        Actor editor = Actor.of(accounts.create(login + "-editor", "填报", Role.UNIT_EDITOR, unitId, null,
                "secret-pass-1"));
        Actor reviewer = Actor.of(accounts.create(login + "-reviewer", "审核", Role.FINANCE_REVIEWER, null,
                "广州市海珠区", "secret-pass-1"));
        workflow.submit(editor, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(reviewer, id);
        return id;
    }
}
