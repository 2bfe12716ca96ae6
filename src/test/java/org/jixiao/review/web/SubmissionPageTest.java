package org.jixiao.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
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
 * 提交审核 from the evaluation page: refused with the errors, each linked to its field in the workspace; warnings
 * submitted once the unit confirms them in a second step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionPageTest {

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
    private EvaluationDocument seed;

    @BeforeEach
    void aUnitOfItsOwn() {
        int run = RUN.incrementAndGet();
        seed = SeedDocument.load().withDepartment(Department.named("提交检查单位" + run, "广州市荔湾区"));
        id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        long unit = evaluations.unit(seed.department().name(), "广州市荔湾区").orElseThrow().id();
        editor = accounts.create("submit-editor-" + run, "提交填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
    }

    @Test
    void errorsRefuseTheSubmissionAndEachLinksToItsField() throws Exception {
        KeyTask first = seed.keyTasks().get(0);
        long version = workflow.read(Actor.of(editor), id).version();
        workflow.save(Actor.of(editor), id, version, seed.withKeyTasks(List.of(
                first.withFunds(first.budget(), first.executed(), new BigDecimal("90")), seed.keyTasks().get(1))));

        MockHttpServletResponse refused = mvc.perform(as(editor, post("/evaluations/" + id + "/submit")
                .param("version", String.valueOf(version + 1)))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = HtmlUtils.htmlUnescape(refused.getContentAsString());
        assertThat(page).contains("有 1 处错误，改正后才能提交", "金额不符", "执行率写为 90%", "另有 12 条提示")
                .doesNotContain("确认提交");
        String link = "/evaluations/" + id + "/edit/at?path=$.keyTasks%5B0%5D.executionRate";
        assertThat(page).contains("href=\"" + link + "\"");
        assertThat(workflow.read(Actor.of(editor), id).status()).isEqualTo(EvaluationStatus.DRAFT);

        MockHttpServletResponse field = mvc.perform(as(editor, get(URI.create(link)))).andReturn().getResponse();
        assertThat(field.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit#keyTasks0.executionRate");
        String workspace = mvc.perform(as(editor, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(workspace).contains("id=\"keyTasks0.executionRate\"");
    }

    @Test
    void warningsAskForConfirmationAndTheSecondStepSubmits() throws Exception {
        long version = workflow.read(Actor.of(editor), id).version();

        MockHttpServletResponse asked = mvc.perform(as(editor, post("/evaluations/" + id + "/submit")
                .param("version", String.valueOf(version)))).andReturn().getResponse();

        assertThat(asked.getStatus()).isEqualTo(409);
        String page = HtmlUtils.htmlUnescape(asked.getContentAsString());
        assertThat(page).contains("提交仍有 12 条提示，确认提交？", "无实际完成值", "案件办结率",
                "name=\"confirm\" value=\"true\"", "name=\"version\" value=\"" + version + "\"",
                "/evaluations/" + id + "/edit/at?path=$.keyTasks%5B0%5D.indicators%5B0%5D.actual");
        assertThat(workflow.read(Actor.of(editor), id).status()).isEqualTo(EvaluationStatus.DRAFT);

        MockHttpServletResponse confirmed = mvc.perform(as(editor, post("/evaluations/" + id + "/submit")
                .param("version", String.valueOf(version)).param("confirm", "true"))).andReturn().getResponse();

        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/evaluations/" + id);
        assertThat(workflow.read(Actor.of(editor), id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }
}
