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
import org.jixiao.analytics.AdviceRules;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.AuditAction;
import org.jixiao.review.AuditEvent;
import org.jixiao.review.NewEvaluations;
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

/**
 * 新建评价 through its page: a unit's editor begins a department's or a project's evaluation blank, from last year's
 * (targets carried, results cleared) or from the library's suggestions, and lands in the workspace; what would
 * collide or is missing is refused beside its field with nothing stored; a fresh draft is 无法评分, never 差, and the
 * results application does not advise cutting it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewEvaluationPageTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ResultsApplication results;

    private String region;
    private String unit;
    private Account editor;
    private Account reviewer;

    @BeforeEach
    void aUnitWithLastYearsEvaluation() {
        int run = RUN.incrementAndGet();
        region = "广州市新建区" + run;
        unit = "新建区示例妇联" + run;
        evaluations.importDocuments(List.of(Documents.seedOf(unit, region, 2023)), "test");
        long unitId = evaluations.unit(unit, region).orElseThrow().id();
        editor = accounts.create("new-editor-" + run, "新建填报人", Role.UNIT_EDITOR, unitId, null, "secret-pass-1");
        reviewer = accounts.create("new-reviewer-" + run, "新建审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1");
    }

    @Test
    void theUnitsEditorIsOfferedTheNewEvaluationFromTheirList() throws Exception {
        assertThat(page(editor, get("/"))).contains("href=\"/evaluations/new\"", "新建评价");
        String form = page(editor, get("/evaluations/new"));

        assertThat(form).contains("新建评价", unit, "部门整体支出绩效自评", "项目支出绩效自评", "空白", "上年度评价", "指标库推荐",
                // the year after the unit's latest
                "name=\"year\"", "value=\"2024\"", "本单位已有的评价", "2023 · 部门整体支出");
        assertThat(page(reviewer, get("/"))).doesNotContain("href=\"/evaluations/new\"");
        assertThat(mvc.perform(as(reviewer, get("/evaluations/new"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void fromLastYearTheTargetsAreCarriedTheResultsClearedAndItIsNotScorableYet() throws Exception {
        MockHttpServletResponse created = create("year", "2024", "kind", "DEPARTMENT_OVERALL", "start", "LAST_YEAR");

        long id = created(created);
        EvaluationDocument draft = workflow.read(Actor.of(editor), id).document();
        EvaluationDocument last = Documents.seedOf(unit, region, 2023);
        assertThat(draft.fiscalYear()).isEqualTo(2024);
        assertThat(draft.keyTasks()).extracting(KeyTask::name)
                .containsExactlyElementsOf(last.keyTasks().stream().map(KeyTask::name).toList());
        assertThat(draft.keyTasks().get(0).indicators()).extracting(Indicator::annualTarget)
                .containsExactlyElementsOf(last.keyTasks().get(0).indicators().stream().map(Indicator::annualTarget)
                        .toList());
        assertThat(draft.keyTasks()).flatExtracting(KeyTask::indicators).allSatisfy(i -> {
            assertThat(i.actual()).isNull();
            assertThat(i.met()).isNull();
        });
        assertThat(workflow.audit(Actor.of(editor), id)).extracting(AuditEvent::action).containsExactly(AuditAction.CREATED);
        // the workspace says it was created, and why there is no score yet
        String workspace = page(editor, get("/evaluations/" + id + "/edit").param("created", ""));
        assertThat(workspace).contains("已新建草稿", "无法评分", "绩效指标尚未填写实际完成值");
        String evaluation = page(editor, get("/evaluations/" + id));
        assertThat(evaluation).contains("无法评分", "绩效指标尚未填写实际完成值").doesNotContain("class=\"grade poor\"");
        // nor is it advised to be cut or cancelled
        List<ResultsApplication.Line> lines = results.advice(region, 2024);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.advice().action()).isEqualTo(AdviceRules.Action.COMPLETE_INDICATORS);
            assertThat(line.advice().reason()).contains("无法评分（绩效指标尚未填写实际完成值）");
        });
    }

    @Test
    void aSecondDepartmentEvaluationOfTheYearIsRefusedBesideTheYearAndNothingIsStored() throws Exception {
        int before = evaluations.countSummaries(EvaluationFilter.ALL);

        MockHttpServletResponse refused = create("year", "2023", "kind", "DEPARTMENT_OVERALL", "start", "BLANK");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("本单位 2023 年度的部门整体支出评价已经存在（状态：草稿）",
                "打开已有的这份评价", "class=\"error\"");
        assertThat(evaluations.countSummaries(EvaluationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void whatIsMissingOrWrongIsSaidBesideItsField() throws Exception {
        int before = evaluations.countSummaries(EvaluationFilter.ALL);

        assertThat(create("year", "二〇二四", "kind", "DEPARTMENT_OVERALL", "start", "BLANK").getContentAsString())
                .contains("年度应为 1990 至 2100 之间的整数，而不是“二〇二四”");
        assertThat(create("year", "2024", "kind", "PROJECT", "projectName", " ", "start", "BLANK").getContentAsString())
                .contains("项目支出评价请填写项目名称");
        assertThat(create("year", "2024", "kind", "DEPARTMENT_OVERALL", "start", "LIBRARY", "tasks", "")
                .getContentAsString()).contains("请填写部门年度重点工作任务，每行一项");
        assertThat(create("year", "2022", "kind", "DEPARTMENT_OVERALL", "start", "LAST_YEAR").getContentAsString())
                .contains("本单位没有 2021 年度的部门整体支出评价可以沿用");
        assertThat(create("year", "2024", "kind", "PROJECT", "projectName", "示例\u202e项目", "start", "BLANK")
                .getContentAsString()).contains("项目名称");
        // what was typed stays, escaped
        assertThat(create("year", "2024", "kind", "PROJECT", "projectName", "<b>x</b>\u200b", "start", "BLANK")
                .getContentAsString()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
        assertThat(evaluations.countSummaries(EvaluationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void aProjectFromTheLibrarysSuggestionsOpensAsItsSelfEvaluationForm() throws Exception {
        MockHttpServletResponse created = create("year", "2024", "kind", "PROJECT", "projectName", "家庭教育指导服务",
                "start", "LIBRARY", "goal", "开展家庭教育讲座和亲子活动，覆盖全区各街道");

        long id = created(created);
        EvaluationDocument project = workflow.read(Actor.of(editor), id).document();
        assertThat(project.kind()).isEqualTo(Kind.PROJECT);
        assertThat(project.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("家庭教育指导服务");
            assertThat(task.indicators()).isNotEmpty().hasSizeLessThanOrEqualTo(NewEvaluations.SUGGESTED)
                    .allSatisfy(i -> assertThat(i.level1()).isNotNull());
        });
        assertThat(project.goals()).containsExactly("开展家庭教育讲座和亲子活动，覆盖全区各街道");
        assertThat(workflow.read(Actor.of(editor), id).status()).isEqualTo(EvaluationStatus.DRAFT);
        String workspace = page(editor, get("/evaluations/" + id + "/edit"));
        assertThat(workspace).contains("项目支出绩效自评表", "value=\"家庭教育指导服务\"", "年度资金总额",
                        "新建的草稿，尚未修改")
                .doesNotContain("（一）部门职能");

        // the same project again that year collides; another project does not
        assertThat(create("year", "2024", "kind", "PROJECT", "projectName", "家庭教育指导服务", "start", "BLANK")
                .getContentAsString()).contains("本单位 2024 年度的“家庭教育指导服务”项目支出评价已经存在");
        created(create("year", "2024", "kind", "PROJECT", "projectName", "妇女儿童维权服务", "start", "BLANK"));
    }

    @Test
    void aDepartmentFromTheLibraryGetsSuggestionsForEachTaskTypedIn() throws Exception {
        long id = created(create("year", "2025", "kind", "DEPARTMENT_OVERALL", "start", "LIBRARY",
                "tasks", "1.家庭教育指导\n2、档案数字化\n\n1.家庭教育指导"));

        EvaluationDocument department = workflow.read(Actor.of(editor), id).document();
        assertThat(department.keyTasks()).extracting(KeyTask::name).containsExactly("家庭教育指导", "档案数字化");
        assertThat(department.keyTasks()).allSatisfy(task -> assertThat(task.indicators()).isNotEmpty());
    }

    private long created(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl()).as(response.getRedirectedUrl()).matches("/evaluations/\\d+/edit\\?created");
        return Long.parseLong(response.getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    private MockHttpServletResponse create(String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/evaluations/new");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(as(editor, request)).andReturn().getResponse();
    }

    private String page(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(account, request)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }
}
