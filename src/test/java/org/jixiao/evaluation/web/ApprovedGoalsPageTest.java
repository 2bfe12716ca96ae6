package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Approved goals drive the year (docs/goals.md): 新建评价 from them through the page and the API, refused where the
 * unit has none; the workspace and the evaluation page link to them and show a target changed from them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovedGoalsPageTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String PASSWORD = "secret-pass-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    GoalFilings goals;

    private Account editor;
    private Account reviewer;

    @BeforeEach
    void aUnitAndItsReviewer() {
        int run = RUN.incrementAndGet();
        String region = "广州市批复页区" + run;
        String unit = "批复页示例单位" + run;
        evaluations.importDocuments(List.of(Documents.seedOf(unit, region, 2025)), "test");
        long unitId = evaluations.unit(unit, region).orElseThrow().id();
        editor = accounts.create("approved-page-editor-" + run, "填报人", Role.UNIT_EDITOR, unitId, null, PASSWORD);
        reviewer = accounts.create("approved-page-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                PASSWORD);
    }

    /** The unit's department goals for 2026, filed, reviewed and approved as people do it. */
    private GoalFiling approvedDepartmentGoals() {
        Actor unitEditor = Actor.of(editor);
        GoalFiling begun = goals.begin(unitEditor, Kind.DEPARTMENT_OVERALL, 2026, null, false);
        GoalSheet filled = new GoalSheet(null, Kind.DEPARTMENT_OVERALL, 2026, begun.sheet().department(), null, null,
                new GoalFunds(new BigDecimal("512.345678"), null, null), List.of("维护妇女儿童合法权益"),
                List.of(new PlannedTask("妇女儿童维权服务", "来访接待与法律援助", new BigDecimal("40.5"))), null,
                "全年办结来访案件", List.of(
                        new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "来访案件办结率", null,
                                Target.parse("≥98%"), TargetBasis.HISTORICAL, "上年 97%", null),
                        new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT,
                                "来访群众满意度", null, Target.parse("≥90%"), TargetBasis.INDUSTRY, null, null)),
                null);
        GoalFiling saved = goals.save(unitEditor, begun.id(), begun.version(), filled);
        goals.submit(unitEditor, saved.id());
        return goals.approve(Actor.of(reviewer), saved.id(), List.of(
                new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
    }

    @Test
    void theStartIsOfferedAndRefusedInWordsWhereNoGoalsWereApproved() throws Exception {
        int before = evaluations.countSummaries(EvaluationFilter.ALL);

        assertThat(page(get("/evaluations/new"))).contains("批复的绩效目标", "value=\"APPROVED_GOALS\"");
        MockHttpServletResponse refused = create("year", "2026", "kind", "DEPARTMENT_OVERALL", "start",
                "APPROVED_GOALS");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("本单位没有已审核或已公开的 2026 年度部门整体支出绩效目标", "class=\"error\"");
        MockHttpServletResponse api = api("""
                {"year": "2026", "kind": "DEPARTMENT_OVERALL", "start": "APPROVED_GOALS"}""");
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("$.start", "本单位没有已审核或已公开的");
        assertThat(evaluations.countSummaries(EvaluationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void begunFromTheApprovedGoalsItLinksToThemAndATargetChangedFromThemIsAFinding() throws Exception {
        GoalFiling approved = approvedDepartmentGoals();

        MockHttpServletResponse created = create("year", "2026", "kind", "DEPARTMENT_OVERALL", "start",
                "APPROVED_GOALS");
        assertThat(created.getRedirectedUrl()).matches("/evaluations/\\d+/edit\\?created");
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0]);
        StoredEvaluation begun = workflow.read(Actor.of(editor), id);
        EvaluationDocument document = begun.document();
        assertThat(document.funds().budget()).isEqualByComparingTo("512.345678");
        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .containsExactly("妇女儿童维权服务", GoalSheet.DEPARTMENT_TASK);
        assertThat(document.keyTasks().get(1).indicators()).extracting(i -> i.annualTarget().text())
                .containsExactly("≥98%", "≥90%");

        String link = "href=\"/goals/" + approved.id() + "\"";
        assertThat(page(get("/evaluations/" + id + "/edit"))).contains("本评价的绩效目标已于", "批复", link)
                .doesNotContain("与批复的绩效目标");
        assertThat(page(get("/evaluations/" + id))).contains("本评价的绩效目标已于", link);

        KeyTask held = document.keyTasks().get(1);
        Indicator lowered = held.indicators().get(0).toBuilder().annualTarget(Target.parse("≥95%")).build();
        workflow.save(Actor.of(editor), id, begun.version(), document.withKeyTasks(List.of(document.keyTasks().get(0),
                held.withIndicators(List.of(lowered, held.indicators().get(1))))));

        assertThat(page(get("/evaluations/" + id + "/edit")))
                .contains("年度指标值“≥95%”与批复的绩效目标“≥98%”不一致");
        assertThat(page(get("/evaluations/" + id))).contains("年度指标值“≥95%”与批复的绩效目标“≥98%”不一致")
                // listed, not only counted: the indicator, the approved value and the value now, in one row
                .containsPattern("与批复的绩效目标不一致的指标（1 项）")
                .containsPattern("<td>来访案件办结率</td>\\s*<td>≥98%</td>\\s*<td>≥95%</td>");
        assertThat(mvc.perform(get("/api/v1/evaluations/" + id + "/lint").with(httpBasic(editor.username(), PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("TARGET_CHANGED_FROM_APPROVED");
    }

    @Test
    void theNewEvaluationPageOffersTheApprovedGoalsOnlyWhereTheUnitHasThemAndSaysWhyNot() throws Exception {
        String none = page(get("/evaluations/new"));
        assertThat(none).contains("本单位还没有已审核或已公开的绩效目标")
                .containsPattern("<input type=\"radio\"[^>]*value=\"APPROVED_GOALS\"[^>]*disabled");

        GoalFiling approved = approvedDepartmentGoals();

        // the form's year is the one after the unit's latest evaluation (2025): 2026, which has approved goals
        String offered = page(get("/evaluations/new"));
        assertThat(offered).doesNotContain("本单位还没有已审核或已公开的绩效目标")
                .doesNotContainPattern("<input type=\"radio\"[^>]*value=\"APPROVED_GOALS\"[^>]*disabled")
                .contains("href=\"/evaluations/new?goals=" + approved.id() + "\"");
        String filledIn = page(get("/evaluations/new").param("goals", String.valueOf(approved.id())));
        assertThat(filledIn).containsPattern("<input type=\"radio\"[^>]*value=\"APPROVED_GOALS\"[^>]*checked")
                .containsPattern("name=\"year\"[^>]*value=\"2026\"");
        String otherYear = page(post("/evaluations/new").param("year", "2031").param("kind", "DEPARTMENT_OVERALL")
                .param("start", "LIBRARY"));
        assertThat(otherYear).contains("本单位 2031 年度没有已审核或已公开的绩效目标");
    }

    @Test
    void throughTheApiAProjectBeginsFromItsApprovedGoals() throws Exception {
        Actor unitEditor = Actor.of(editor);
        GoalFiling begun = goals.begin(unitEditor, Kind.PROJECT, 2026, "妇儿中心服务", false);
        GoalFiling saved = goals.save(unitEditor, begun.id(), begun.version(), new GoalSheet(null, Kind.PROJECT, 2026,
                begun.sheet().department(), "妇儿中心服务", "2026年", new GoalFunds(new BigDecimal("99.63"), null, null),
                List.of(), List.of(), null, "全年服务 3000 人次", List.of(new GoalIndicator(IndicatorCategory.OUTPUT,
                        IndicatorSubcategory.QUANTITY, "服务人次", Target.parse("≥9000人次"), Target.parse("≥3000人次"),
                        TargetBasis.PLAN, null, null)), null));
        goals.submit(unitEditor, saved.id());
        goals.approve(Actor.of(reviewer), saved.id(), List.of(
                new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));

        MockHttpServletResponse created = api("""
                {"year": "2026", "kind": "PROJECT", "projectName": "妇儿中心服务", "start": "APPROVED_GOALS"}""");

        assertThat(created.getStatus()).isEqualTo(201);
        long id = DocumentJson.parseTree(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        assertThat(workflow.read(unitEditor, id).document().keyTasks()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("妇儿中心服务");
            assertThat(project.budget()).isEqualByComparingTo("99.63");
            assertThat(project.indicators()).singleElement().satisfies(i -> {
                assertThat(i.annualTarget().text()).isEqualTo("≥3000人次");
                assertThat(i.cycleTarget().text()).isEqualTo("≥9000人次");
                assertThat(i.actual()).isNull();
            });
        });
    }

    private MockHttpServletResponse create(String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/evaluations/new");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request.with(SignedIn.as(editor)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse api(String json) throws Exception {
        return mvc.perform(post("/api/v1/evaluations/new").with(httpBasic(editor.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.as(editor)).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
