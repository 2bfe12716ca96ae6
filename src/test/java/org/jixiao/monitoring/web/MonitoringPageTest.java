package org.jixiao.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MonitoringPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    @Test
    void aUnitReportsItsMonthAndTheReviewerSeesTheRegion() throws Exception {
        long id = evaluations.importDocuments(List.of(Documents.seedOf("监控页单位", "广州市监控页区", 2026)), "test").get(0).id();
        long unit = evaluations.unit("监控页单位", "广州市监控页区").orElseThrow().id();
        Account editor = accounts.create("monpage-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Account reviewer = accounts.create("monpage-reviewer", "审核", Role.FINANCE_REVIEWER, null, "广州市监控页区",
                "secret-pass-1");

        MockHttpServletResponse saved = mvc.perform(post("/evaluations/" + id + "/monitoring").with(csrf())
                .with(SignedIn.as(editor))
                .param("month", "8")
                .param("tasks[0].name", "妇联活动及组织建设阵地建设").param("tasks[0].executed", "３０")
                .param("tasks[0].note", "采购延后")
                .param("tasks[0].indicators[0].name", "案件办结率").param("tasks[0].indicators[0].progress", "已办结 98%")
                .param("tasks[0].indicators[0].onTrack", "true")
                .param("tasks[1].name", "妇儿工委及妇女儿童中心工作").param("tasks[1].executed", "6"))
                .andReturn().getResponse();
        String page = mvc.perform(get(saved.getRedirectedUrl()).with(SignedIn.as(editor)))
                .andReturn().getResponse().getContentAsString();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/monitoring?month=8");
        assertThat(page).contains("绩效运行监控", "年中评估点", "严重滞后 1 项", "value=\"30\"", "采购延后", "已办结 98%",
                "66.67%", "32.89%");
        assertThat(mvc.perform(get("/evaluations/" + id).with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsString()).contains("8月运行监控预警", "严重滞后 1 项");
        String region = mvc.perform(get("/monitoring?year=2026&month=8")
                .with(SignedIn.as(reviewer))).andReturn().getResponse().getContentAsString();
        assertThat(region).contains("全区运行监控", "监控页单位", "严重滞后", "妇联活动及组织建设阵地建设");
        MockHttpServletResponse wrong = mvc.perform(post("/evaluations/" + id + "/monitoring").with(csrf())
                .with(SignedIn.as(editor))
                .param("month", "9").param("tasks[0].name", "妇联活动及组织建设阵地建设").param("tasks[0].executed", "三十万"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("应为金额", "三十万");
    }

    @Test
    void aPublishedEvaluationsFiguresAreShownAsTheyWereAndTheirChangesInItsHistory() throws Exception {
        long id = evaluations.importDocuments(List.of(Documents.seedOf("监控公开单位", "广州市监控公开区", 2026)), "test")
                .get(0).id();
        long unit = evaluations.unit("监控公开单位", "广州市监控公开区").orElseThrow().id();
        Account editor = accounts.create("monpub-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Account reviewer = accounts.create("monpub-reviewer", "审核", Role.FINANCE_REVIEWER, null, "广州市监控公开区",
                "secret-pass-1");
        mvc.perform(post("/evaluations/" + id + "/monitoring").with(csrf()).with(SignedIn.as(editor))
                .param("month", "8").param("tasks[0].name", "妇联活动及组织建设阵地建设").param("tasks[0].executed", "30")
                .param("tasks[0].indicators[0].name", "案件办结率").param("tasks[0].indicators[0].progress", "已办结 98%"));
        workflow.submit(Actor.of(editor), id);
        workflow.approve(Actor.of(reviewer), id, null);
        workflow.publish(Actor.of(reviewer), id);

        MockHttpServletResponse refused = mvc.perform(post("/evaluations/" + id + "/monitoring").with(csrf())
                .with(SignedIn.as(editor))
                .param("month", "8").param("tasks[0].name", "妇联活动及组织建设阵地建设").param("tasks[0].executed", "91.2"))
                .andReturn().getResponse();
        String page = mvc.perform(get("/evaluations/" + id + "/monitoring?month=8")
                .with(SignedIn.as(editor))).andReturn().getResponse().getContentAsString();
        String audit = mvc.perform(get("/evaluations/" + id + "/audit")
                .with(SignedIn.as(reviewer))).andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/v1/evaluations/" + id + "/audit")
                .with(SignedIn.as(reviewer))).andReturn().getResponse().getContentAsString();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("已公开", "不能再修改");
        assertThat(page).contains("value=\"30\"", "已公开", "只能查看").doesNotContain("保存 8 月的监控情况");
        assertThat(audit).contains("填报运行监控", "运行监控 8月 › 重点工作任务「妇联活动及组织建设阵地建设」 › 累计执行数",
                "指标「案件办结率」 › 目标进展", "已办结 98%");
        assertThat(api).contains("\"action\": \"MONITORING_REPORTED\"",
                "$.monitoring[8].keyTasks['妇联活动及组织建设阵地建设'].executed");
    }

    @Test
    void theRegionsTasksComeAHundredAPage() throws Exception {
        // 60 units of two key tasks each: 120 tasks, none reported, on two pages
        List<EvaluationDocument> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            documents.add(Documents.seedOf(String.format("监控分页单位%02d", i), "广州市监控分页区", 2026));
        }
        evaluations.importDocuments(documents, "test");
        Account reviewer = accounts.create("monpage-pager", "审核", Role.FINANCE_REVIEWER, null, "广州市监控分页区",
                "secret-pass-1");

        String first = mvc.perform(get("/monitoring?year=2026&month=8").with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/monitoring?year=2026&month=8&page=2")
                .with(SignedIn.as(reviewer))).andReturn().getResponse().getContentAsString();

        assertThat(first).contains("第 1 / 2 页（共 120 项任务，最紧迫的在前）");
        assertThat(first.split("/monitoring\\?month=8\"", -1)).hasSize(101);
        assertThat(second).contains("第 2 / 2 页");
        assertThat(second.split("/monitoring\\?month=8\"", -1)).hasSize(21);
    }
}
