package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.Funding;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A unit's whole cycle on one page, for its region's reviewer and its own editor, and no one else. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CyclePageTest {

    private static final String REGION = "广州市周期区";
    private static final String PROJECT = "<script>alert(1)</script>托育补助";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExAnteRequests requests;

    private long unit;
    private long requestId;
    private Account editor;
    private Account reviewer;
    private Account otherEditor;

    @BeforeAll
    void aUnitWithASelfEvaluationAndAProjectAssessedBeforeItsBudget() {
        evaluations.importDocuments(List.of(Documents.performingAt(Documents.seedOf("周期单位", REGION, 2025), 90),
                Documents.seedOf("周期邻居", REGION, 2025)), "test");
        unit = evaluations.unit("周期单位", REGION).orElseThrow().id();
        long neighbour = evaluations.unit("周期邻居", REGION).orElseThrow().id();
        editor = accounts.create("cycle-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        otherEditor = accounts.create("cycle-neighbour", "邻居", Role.UNIT_EDITOR, neighbour, null, "secret-pass-1");
        reviewer = accounts.create("cycle-reviewer", "审核", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        Actor unitEditor = Actor.of(editor);
        requestId = requests.file(unitEditor, new ExAnteFiling(PROJECT, 2026, new BigDecimal("300"),
                List.of(new Funding("本级财政资金", new BigDecimal("300"))), "托位缺口较大。", "新增普惠托位 100 个。",
                List.of("新增托位数：≥100个"), "年内分批开放。"));
        requests.submit(unitEditor, requestId, requests.read(unitEditor, requestId).version());
    }

    @Test
    void theReviewerSeesEachStepAndWhatWasNotTaken() throws Exception {
        String page = mvc.perform(get("/units/" + unit + "/cycle").with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("周期单位", "绩效管理全过程", "部门整体支出", "2025", "2026", "待评估",
                "/exante/" + requestId, "未开展", "未报告", "单位自评");
        // the department's 2025: its self-evaluation and the advice its score gives, linked to the results
        assertThat(page).contains("/results?year=2025");
    }

    @Test
    void theUnitsEditorSeesTheirOwnAndTheProjectsNameIsShownAsTyped() throws Exception {
        String page = mvc.perform(get("/units/" + unit + "/cycle").with(SignedIn.as(editor)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("项目：&lt;script&gt;alert(1)&lt;/script&gt;托育补助").doesNotContain("<script>alert");
        assertThat(page).as("the results are the region's page").doesNotContain("/results?year=");
    }

    @Test
    void anotherUnitsEditorIsRefused() throws Exception {
        int status = mvc.perform(get("/units/" + unit + "/cycle").with(SignedIn.as(otherEditor)))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void theUnitsEditorFindsItOnTheirFirstPageAndTheReviewerOnTheDashboard() throws Exception {
        assertThat(mvc.perform(get("/").with(SignedIn.as(editor))).andReturn().getResponse().getContentAsString())
                .contains("/units/" + unit + "/cycle");
        assertThat(mvc.perform(get("/dashboard?year=2025").with(SignedIn.as(reviewer))).andReturn().getResponse()
                .getContentAsString()).contains("/units/" + unit + "/cycle");
        assertThat(mvc.perform(get("/results?year=2025").with(SignedIn.as(reviewer))).andReturn().getResponse()
                .getContentAsString()).contains("/units/" + unit + "/cycle");
    }
}
