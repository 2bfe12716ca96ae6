package org.jixiao.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The goals' pages as their users go through them: the unit begins, fills in and submits a project's goals, the
 * reviewer refuses an incomplete approval, approves and publishes, and the public reads what is published only.
 */
@SpringBootTest(properties = "jixiao.demo.enabled=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalPagesTest {

    private static final String REGION = "广州市目标页区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private Account editor;
    private Account neighbour;
    private Account reviewer;

    @BeforeAll
    void aUnitItsNeighbourAndTheirReviewer() {
        evaluations.importDocuments(List.of(Documents.seedOf("目标页单位", REGION, 2025),
                Documents.seedOf("目标页邻居", REGION, 2025)), "test");
        editor = accounts.create("goal-page-editor", "填报人", Role.UNIT_EDITOR,
                evaluations.unit("目标页单位", REGION).orElseThrow().id(), null, "secret-pass-1");
        neighbour = accounts.create("goal-page-neighbour", "邻居", Role.UNIT_EDITOR,
                evaluations.unit("目标页邻居", REGION).orElseThrow().id(), null, "secret-pass-1");
        reviewer = accounts.create("goal-page-reviewer", "审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1");
    }

    @Test
    void aProjectsGoalsFromNewToPublished() throws Exception {
        assertThat(page(editor, "/goals")).contains("绩效目标申报", "新建绩效目标申报表", "href=\"/goals\"");
        MockHttpServletResponse begun = send(editor, post("/goals/new").param("kind", "PROJECT").param("year", "2026")
                .param("project", "社区<b>文化</b>活动"));
        assertThat(begun.getStatus()).isEqualTo(302);
        String sheet = begun.getRedirectedUrl();

        String editorPage = page(editor, sheet);
        assertThat(editorPage).contains("项目支出绩效目标申报表", "社区&lt;b&gt;文化&lt;/b&gt;活动", "请填写项目的实施期限",
                "保存并提交审核").doesNotContain("社区<b>文化</b>活动");

        MockHttpServletResponse wrongAmount = send(editor, filled(post(sheet), "一百万").param("action", "save"));
        assertThat(wrongAmount.getStatus()).isEqualTo(422);
        assertThat(wrongAmount.getContentAsString()).contains("“年度资金总额”应为金额（万元），如 120.5，实为“一百万”",
                "value=\"一百万\"");

        MockHttpServletResponse added = send(editor, filled(post(sheet), "120.5").param("action", "addIndicator"));
        assertThat(added.getContentAsString()).as("a row added, what was typed kept").contains("已添加新行，尚未保存",
                "indicators[2].name", "value=\"<script>alert(1)</script>全年开展活动 60 场\"".replace("<", "&lt;")
                        .replace(">", "&gt;"));

        MockHttpServletResponse submitted = send(editor, filled(post(sheet), "120.5").param("action", "submit"));
        assertThat(submitted.getStatus()).isEqualTo(302);
        assertThat(page(editor, sheet)).contains("已提交").doesNotContain("保存并提交审核")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;全年开展活动 60 场");

        assertThat(page(reviewer, "/goals")).contains("绩效目标审核", "目标页单位", "已提交");
        assertThat(page(reviewer, sheet)).contains("完整性", "相关性", "适当性", "可行性", "审核通过", "退回修改");
        MockHttpServletResponse incomplete = send(reviewer, post(sheet + "/review").param("decision", "approve")
                .param("grade.COMPLETENESS", "GOOD").param("comment.RELEVANCE", "与职能相符"));
        assertThat(incomplete.getStatus()).isEqualTo(422);
        assertThat(incomplete.getContentAsString()).contains("尚缺：相关性、适当性、可行性", "与职能相符");

        assertThat(send(neighbour, get(sheet)).getStatus()).as("another unit's draft is not found").isEqualTo(404);
        assertThat(send(null, get("/public/goals")).getContentAsString()).doesNotContain("目标页单位");

        assertThat(send(reviewer, post(sheet + "/review").param("decision", "approve")
                .param("grade.COMPLETENESS", "GOOD").param("grade.RELEVANCE", "EXCELLENT")
                .param("grade.APPROPRIATENESS", "GOOD").param("grade.FEASIBILITY", "FAIR")
                .param("comment.FEASIBILITY", "内部意见：进度偏紧")).getStatus()).isEqualTo(302);
        assertThat(send(reviewer, post(sheet + "/publish")).getStatus()).isEqualTo(302);

        String published = send(null, get("/public/goals")).getContentAsString();
        assertThat(published).contains("绩效目标公开", "目标页单位", "社区&lt;b&gt;文化&lt;/b&gt;活动", "120.50");
        long id = Long.parseLong(sheet.substring(sheet.lastIndexOf('/') + 1));
        String publicSheet = send(null, get("/public/goals/" + id)).getContentAsString();
        assertThat(publicSheet).contains("服务对象满意度", "历史标准", "上年 56 场")
                .as("the review's inside stays inside").doesNotContain("内部意见", "操作记录");
    }

    @Test
    void onlyTheUnitsEditorBeginsGoalsAndThePublicIsSentToThePublishedOnes() throws Exception {
        MockHttpServletResponse byReviewer = send(reviewer, post("/goals/new").param("kind", "PROJECT")
                .param("year", "2026").param("project", "审核人的项目"));
        assertThat(byReviewer.getStatus()).isEqualTo(403);
        assertThat(send(null, get("/goals")).getRedirectedUrl()).endsWith("/login");
        assertThat(send(null, get("/public/goals")).getStatus()).isEqualTo(200);
        MockHttpServletResponse noProject = send(editor, post("/goals/new").param("kind", "PROJECT")
                .param("year", "2027"));
        assertThat(noProject.getStatus()).isEqualTo(422);
        assertThat(noProject.getContentAsString()).contains("项目支出绩效目标申报表请填写项目名称");
    }

    @Test
    void aNewProjectAtTheThresholdIsNotApprovedWithoutAnExAnteConclusionAndTheReviewerIsToldWhy() throws Exception {
        String sheet = send(editor, post("/goals/new").param("kind", "PROJECT").param("year", "2026")
                .param("project", "新建体育公园")).getRedirectedUrl();
        // 780 + 20 = 800 万元, at or above the default threshold of 500
        assertThat(send(editor, filled(post(sheet), "800", "780").param("action", "submit")).getStatus())
                .isEqualTo(302);
        assertThat(page(reviewer, sheet)).as("said before the reviewer decides")
                .contains("该项目为新增项目，申请资金 800 万元，达到本地区事前绩效评估门槛 500 万元");
        assertThat(page(editor, sheet)).doesNotContain("事前绩效评估门槛");

        MockHttpServletResponse refused = send(reviewer, post(sheet + "/review").param("decision", "approve")
                .param("grade.COMPLETENESS", "GOOD").param("grade.RELEVANCE", "GOOD")
                .param("grade.APPROPRIATENESS", "GOOD").param("grade.FEASIBILITY", "GOOD"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("该项目为新增项目，申请资金 800 万元，达到本地区事前绩效评估门槛 500 万元，"
                + "须先出具事前绩效评估结论（予以支持或调整后支持），才能审核通过其绩效目标");
        assertThat(page(reviewer, sheet)).contains("已提交");
    }

    /** The editor's fields as a unit fills them in, every one the sheet needs to be submitted. */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String total) {
        return filled(request, total, "100.5");
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String total,
            String appropriation) {
        return request.param("version", "0").param("period", "2026年1月至2026年12月").param("total", total)
                .param("appropriation", appropriation).param("other", "20").param("longTermGoal", "三年覆盖全区街道")
                .param("annualGoal", "<script>alert(1)</script>全年开展活动 60 场")
                .param("indicators[0].level1", "OUTPUT").param("indicators[0].level2", "QUANTITY")
                .param("indicators[0].name", "开展社区文化活动场次").param("indicators[0].annualTarget", "≥60场")
                .param("indicators[0].basis", "HISTORICAL").param("indicators[0].basisNote", "上年 56 场")
                .param("indicators[1].level1", "SATISFACTION").param("indicators[1].level2", "SERVICE_RECIPIENT")
                .param("indicators[1].name", "服务对象满意度").param("indicators[1].annualTarget", "≥90%")
                .param("indicators[1].basis", "INDUSTRY");
    }

    private String page(Account account, String path) throws Exception {
        MockHttpServletResponse response = send(account, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(Account account, MockHttpServletRequestBuilder request) throws Exception {
        request.with(csrf());
        if (account != null) {
            request.with(SignedIn.as(account));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
