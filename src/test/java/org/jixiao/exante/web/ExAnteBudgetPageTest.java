package org.jixiao.exante.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.ExAnteThresholds;
import org.jixiao.exante.Funding;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ex-ante assessment in the budget as its people see it: the results' budget advice citing the conclusion with
 * its total and report, or saying a new project had none; the region's threshold on the administrator's page; the
 * request's history on its page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExAnteBudgetPageTest {

    private static final String REGION = "广州市门槛区";
    private static final String PROJECT = "青少年科技创新大赛";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExAnteRequests requests;
    @Autowired
    ExAnteThresholds thresholds;

    private long requestId;
    private Account reviewer;
    private Account editor;
    private Account admin;

    /**
     * Two units with the same project's self-evaluation of 2024 (18 万元); one had it assessed for 2025 and concluded
     * 予以支持 (90), the other not; the region's threshold is 10 万元, so 18 reaches it.
     */
    @BeforeAll
    void twoUnitsOneAssessed() throws IOException {
        EvaluationDocument project;
        try (InputStream in = getClass().getResourceAsStream("/demo/region/kexie-2024-chuangxin.json")) {
            project = DocumentJson.read(in);
        }
        evaluations.importDocuments(List.of(project.withDepartment(Department.named("门槛甲单位", REGION)),
                project.withDepartment(Department.named("门槛乙单位", REGION))), "test");
        long unit = evaluations.unit("门槛甲单位", REGION).orElseThrow().id();
        editor = accounts.create("eb-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        reviewer = accounts.create("eb-reviewer", "审核", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        admin = accounts.create("eb-admin", "管理", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        thresholds.set(Actor.of(admin), REGION, BigDecimal.TEN);
        Actor unitEditor = Actor.of(editor);
        requestId = requests.file(unitEditor, new ExAnteFiling(PROJECT, 2025, new BigDecimal("20"),
                List.of(new Funding("本级财政资金", new BigDecimal("20"))), "参赛学生逐年增加。", "扩大赛事规模。",
                List.of("参赛作品数：≥800件"), "下半年举办。"));
        requests.submit(unitEditor, requestId, requests.read(unitEditor, requestId).version());
        Actor bureau = Actor.of(reviewer);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        // full marks on every sub-point, 100 less 成本测算 10 → 0: 90, 予以支持
        for (ExAnteProfile.Criterion criterion : requests.currentProfile().criteria()) {
            criterion.points().forEach(point -> scores.put(point.code(), point.points()));
            reasons.put(criterion.code(), "依据充分。");
        }
        scores.put("ECONOMY_COST", BigDecimal.ZERO);
        requests.conclude(bureau, requestId, requests.read(bureau, requestId).version(), scores, reasons, "予以支持。");
    }

    @Test
    void theBudgetAdviceCitesTheConclusionItsTotalAndReportAndMarksTheProjectThatHadNone() throws Exception {
        String page = mvc.perform(get("/results").param("year", "2024").with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("门槛甲单位·" + PROJECT, "门槛乙单位·" + PROJECT, "/exante/" + requestId,
                "予以支持", "总分 90.00", "/exante/" + requestId + "/report.pdf", "2025");
        // the other unit's line: new in 2024, 18 万元 ≥ 10 万元, no conclusion
        assertThat(page).containsOnlyOnce("未经事前评估");
        assertThat(page).contains("资金 18.00 万元达到本地区门槛 10 万元");
    }

    @Test
    void theAdministratorSeesAndSetsTheRegionsThresholdAFigureThatIsNoneIsShownBack() throws Exception {
        String page = mvc.perform(get("/admin/exante-thresholds").with(SignedIn.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("事前绩效评估金额门槛", REGION, "10.00", "本地区设置", "默认门槛 500 万元");

        MockHttpServletResponse refused = mvc.perform(post("/admin/exante-thresholds").with(csrf())
                .with(SignedIn.as(admin)).param("region", REGION).param("amount", "十万<b>"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("的金额门槛应为万元数，而不是“十万&lt;b&gt;”")
                .doesNotContain("十万<b>");
        assertThat(thresholds.of(REGION)).isEqualByComparingTo("10");

        MockHttpServletResponse saved = mvc.perform(post("/admin/exante-thresholds").with(csrf())
                .with(SignedIn.as(admin)).param("region", REGION).param("amount", "10")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/exante-thresholds");
    }

    @Test
    void theRequestsPageShowsItsHistoryAndTheRegionsThreshold() throws Exception {
        String page = mvc.perform(get("/exante/" + requestId).with(SignedIn.as(editor)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("办理记录", "新建申请", "提交评估", "出具结论", "予以支持，总分 90", "eb-reviewer",
                "本地区 10 万元：申请金额达到门槛");
    }
}
