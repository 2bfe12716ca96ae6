package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The review page: the steps at the top, the comment box beside each section of the report, the notice above the
 * steps, and the people by the names their accounts show.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPageTest {

    private static final String REGION = "广州市审阅区";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private long id;
    private Account editor;
    private Account reviewer;

    @BeforeEach
    void aSubmittedEvaluation() {
        int run = RUN.incrementAndGet();
        EvaluationDocument document = Documents.seedOf("审阅单位" + run, REGION, 2023);
        id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit(document.department().name(), REGION).orElseThrow().id();
        editor = accounts.create("review-editor-" + run, "审阅填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        reviewer = accounts.create("review-reviewer-" + run, "审阅审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1");
        workflow.submit(Actor.of(editor), id);
    }

    @Test
    void eachSectionHasItsCommentBoxBesideItAndTheStepsAreAtTheTop() throws Exception {
        String page = page(reviewer, get("/evaluations/" + id));

        // the steps come before the report and the facts, the return form holds the boxes beside the sections
        assertThat(page.indexOf("class=\"steps\"")).isLessThan(page.indexOf("class=\"report\""))
                .isLessThan(page.indexOf("class=\"facts\""));
        assertThat(page).contains("<form id=\"return-form\"", "审核通过", "退回修改");
        for (ReviewSection section : ReviewSection.values()) {
            assertThat(page).contains("<textarea form=\"return-form\" name=\"comment." + section.key() + "\"");
        }
        // 部门整体收支情况's box between the heading before it and its own
        int box = page.indexOf("name=\"comment.funds\"");
        assertThat(box).isGreaterThan(page.indexOf(">（一）部门职能</h3>"))
                .isLessThan(page.indexOf(">（二）部门整体收支情况</h3>"));
        assertThat(page.indexOf("name=\"comment.general\"")).isGreaterThan(page.indexOf("class=\"report-title\""))
                .isLessThan(page.indexOf(">一、基本情况</h2>"));
        assertThat(page).contains("提交人", "审阅填报人").doesNotContain("review-editor-");
    }

    @Test
    void aReturnSendsTheCommentsAndEachIsShownBesideItsSectionByTheReviewersName() throws Exception {
        MockHttpServletResponse returned = mvc.perform(as(reviewer, post("/evaluations/" + id + "/return")
                .param("comment.funds", "请说明结转结余的原因").param("comment.measures", ""))).andReturn().getResponse();
        assertThat(returned.getRedirectedUrl()).isEqualTo("/evaluations/" + id);
        // the page the redirect leads to, in the same session (Spring Session's, found by its cookie)
        String landed = page(reviewer, get("/evaluations/" + id).cookie(returned.getCookies()));
        // the notice is the first thing of the page's content, above the steps
        int notice = landed.indexOf("<p class=\"notice\">已退回单位修改。</p>");
        assertThat(notice).isPositive().isLessThan(landed.indexOf("class=\"report\""));

        String page = page(editor, get("/evaluations/" + id));

        int comment = page.indexOf("请说明结转结余的原因");
        assertThat(comment).isGreaterThan(page.indexOf(">（一）部门职能</h3>"))
                .isLessThan(page.indexOf(">（二）部门整体收支情况</h3>"));
        assertThat(page).contains("审阅审核人 · ", "审核人", "审核人退回时写了 1 条意见，见相关章节旁。")
                .doesNotContain("review-reviewer-")
                .doesNotContain("<textarea form=\"return-form\"");
    }

    @Test
    void theAuditTrailNamesPeopleAsTheirAccountsShowThem() throws Exception {
        String trail = page(editor, get("/evaluations/" + id + "/audit"));

        assertThat(trail).contains("<span title=\"" + editor.username() + "\">审阅填报人</span>");
    }

    private String page(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(SignedIn.as(account))).andReturn().getResponse()
                .getContentAsString());
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }
}
