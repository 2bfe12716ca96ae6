package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.AuditAction;
import org.jixiao.review.AuditEvent;
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
import org.springframework.util.MultiValueMap;

/** The unit workspace through its pages: save, errors beside fields, stale saves, row operations, leaders. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkspacePageTest {

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
    private Account leader;
    private EvaluationDocument seed;

    @BeforeEach
    void aUnitOfItsOwn() {
        int run = RUN.incrementAndGet();
        EvaluationDocument original = SeedDocument.load();
        KeyTask second = original.keyTasks().get(1);
        seed = new EvaluationDocument(original.schema(), original.kind(), original.fiscalYear(),
                Department.named("工作台测试单位" + run, "广州市荔湾区"), original.functions(), original.funds(),
                original.goals(), List.of(original.keyTasks().get(0), new KeyTask(second.name(), second.expectedGoal(),
                        second.budget(), second.executed(), second.executionRate(), second.outcome(), "王五",
                        second.indicators(), second.extensions())),
                original.conclusion(), original.achievements(), original.problems(), original.measures(), null, null);
        id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        long unit = evaluations.unit(seed.department().name(), "广州市荔湾区").orElseThrow().id();
        editor = accounts.create("ws-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        leader = accounts.create("ws-leader-" + run, "王五", Role.PROJECT_LEADER, unit, null, "secret-pass-1");
    }

    @Test
    void theFormShowsTheEvaluationAndHowTargetsAreUnderstood() throws Exception {
        String page = mvc.perform(as(editor, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("value=\"688.34\"", "value=\"98%以上\"", "≥ 98 %", "= 1 次", "服务对象满意度（%）",
                "name=\"version\"", "htmx.min.js");
    }

    @Test
    void eachRateIsComputedBesideTheTypedOneAndAWrongOneIsMarked() throws Exception {
        String page = mvc.perform(as(editor, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();
        // 688.34 ÷ 688.34 for the funds, 91.20 ÷ 91.20 and 8.43 ÷ 8.43 for the tasks, each typed as 100
        assertThat(page.split("class=\"computed-rate\"", -1)).hasSize(4);
        assertThat(page).contains("＝ 执行数÷预算数 100%").doesNotContain("computed-rate differs");

        // as htmx asks while the unit types: 91.20 spent of a 96 budget is 95 %, not the 100 % typed
        String typed = mvc.perform(as(editor, get("/rates/computed").param("keyTasks[0].budget", "96")
                .param("keyTasks[0].executed", "91.20").param("keyTasks[0].executionRate", "100")))
                .andReturn().getResponse().getContentAsString();
        assertThat(typed).contains("computed-rate differs", "执行数÷预算数为 95%，与所填的执行率不符", "hx-include=\"closest .grid\"");
        String rounded = mvc.perform(as(editor, get("/rates/computed").param("funds.budget", "688.34")
                .param("funds.executed", "650").param("funds.executionRate", "94.43"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(rounded).contains("＝ 执行数÷预算数 94.43%").doesNotContain("differs");
    }

    @Test
    void aSaveChangesTheEvaluationAndIsAudited() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("funds.budget", "700");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit?saved");
        assertThat(workflow.read(Actor.of(editor), id).document().funds().budget()).isEqualByComparingTo("700");
        assertThat(workflow.audit(Actor.of(editor), id)).filteredOn(e -> e.action() == AuditAction.EDITED)
                .extracting(AuditEvent::field).containsExactly("$.funds.budget");
    }

    @Test
    void whatTheReportStatesOfAnIndicatorAndThePageDoesNotShowOutlivesASave() throws Exception {
        // an imported report's own 得分 of an indicator (its rating and score) has no field on the page
        KeyTask first = seed.keyTasks().get(0);
        List<Indicator> indicators = new ArrayList<>(first.indicators());
        indicators.set(0, indicators.get(0).toBuilder().rating(new BigDecimal("0.9")).score(new BigDecimal("4.5"))
                .build());
        List<KeyTask> tasks = new ArrayList<>(seed.keyTasks());
        tasks.set(0, first.withIndicators(indicators));
        EvaluationDocument scored = seed.withKeyTasks(tasks);
        long version = workflow.save(Actor.of(editor), id, 0, scored).version();
        MultiValueMap<String, String> form = FormFields.of(scored, version);
        form.set("funds.budget", "700");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit?saved");
        Indicator kept = workflow.read(Actor.of(editor), id).document().keyTasks().get(0).indicators().get(0);
        assertThat(kept.rating()).isEqualByComparingTo("0.9");
        assertThat(kept.score()).isEqualByComparingTo("4.5");
    }

    @Test
    void theUnitEntersTheScoreItsReportStatesAndSeesItBesideJixiaos() throws Exception {
        String form = mvc.perform(as(editor, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("单位自评得分", "自评等级", "name=\"statedTotal\"", "name=\"statedGrade\"");
        MultiValueMap<String, String> fields = FormFields.of(seed, 0);
        fields.set("statedTotal", "98.145");
        fields.set("statedGrade", "优");

        MockHttpServletResponse saved = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(fields)))
                .andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit?saved");
        var stated = workflow.read(Actor.of(editor), id).document().statedScore();
        assertThat(stated.total()).isEqualTo(new BigDecimal("98.145"));
        assertThat(stated.grade()).isEqualTo("优");
        String page = mvc.perform(as(editor, get("/evaluations/" + id))).andReturn().getResponse().getContentAsString();
        // jixiao's 100.00 and the unit's own figure side by side; they differ by 1.855 points
        assertThat(page).contains("100.00", "单位自评 98.145 分（优）", "STATED_SCORE_DIFFERS", "相差 1.86 分");
        String english = mvc.perform(as(editor, get("/evaluations/" + id + "?lang=en"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("Stated by the unit: 98.145 points (优)");
    }

    @Test
    void aStatedScoreThatIsNoFigureIsRefusedNamingTheField() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("statedTotal", "九十八");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("单位自评得分应为 0 至 100 之间的数字，例如 98.14，而不是“九十八”",
                "value=\"九十八\"");
        assertThat(workflow.read(Actor.of(editor), id).document()).isEqualTo(seed);
    }

    @Test
    void theLiveScoreSaysNotScorableOnceNoIndicatorIsLeft() throws Exception {
        EvaluationDocument bare = seed.withKeyTasks(seed.keyTasks().stream().map(t -> t.withIndicators(List.of())).toList());

        String live = mvc.perform(as(editor, post("/evaluations/" + id + "/edit/check").params(FormFields.of(bare, 0))))
                .andReturn().getResponse().getContentAsString();

        assertThat(live).contains("无法评分", "重点工作任务均无绩效指标").doesNotContain("id=\"live-total\"");
        // 送审 refuses what cannot be scored: the panel says so rather than that nothing is wrong
        assertThat(live).contains("送审前须改正 1 处错误").doesNotContain("没有发现错误");
    }

    @Test
    void aSoundEvaluationsPanelSaysNothingStandsInTheWayOfSubmission() throws Exception {
        String live = mvc.perform(as(editor, post("/evaluations/" + id + "/edit/check").params(FormFields.of(seed, 0))))
                .andReturn().getResponse().getContentAsString();

        assertThat(live).contains("没有发现错误").doesNotContain("送审前须改正");
    }

    @Test
    void anErrorIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("funds.budget", "约七百万");
        form.set("keyTasks[0].indicators[0].name", "");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("有内容需要修改，尚未保存", "应为金额（万元）", "约七百万",
                "缺少三级指标名称", "class=\"invalid\"", "value=\"约七百万\"");
        assertThat(workflow.read(Actor.of(editor), id).document()).isEqualTo(seed);
    }

    @Test
    void anIndicatorNameThatWouldShowReversedIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("keyTasks[0].indicators[1].name", "满意度\u202E%001");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("有内容需要修改，尚未保存",
                "三级指标名称含有不可见的文字方向控制符 U+202E（第 4 个字符），请删除后重新填写");
        assertThat(workflow.read(Actor.of(editor), id).document()).isEqualTo(seed);
    }

    @Test
    void aStaleSaveIsRefusedAndTheTypedInputStays() throws Exception {
        MultiValueMap<String, String> first = FormFields.of(seed, 0);
        first.set("conclusion", "第一位的结论");
        mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(first)));
        MultiValueMap<String, String> second = FormFields.of(seed, 0);
        second.set("conclusion", "第二位的结论");

        MockHttpServletResponse response = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(second)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("已被他人修改", "第二位的结论");
        assertThat(workflow.read(Actor.of(editor), id).document().conclusion()).isEqualTo("第一位的结论");
    }

    @Test
    void aRowOperationRedrawsTheFormWithoutSaving() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("funds.budget", "701");
        form.add("op", "add:indicators:1");

        String page = mvc.perform(as(editor, post("/evaluations/" + id + "/edit").params(form))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("name=\"keyTasks[1].indicators[4].name\"", "value=\"701\"");
        assertThat(workflow.read(Actor.of(editor), id).document().funds().budget()).isEqualByComparingTo("688.34");
    }

    @Test
    void theLiveCheckAddsUpUnsavedFigures() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("funds.basic", "481.73");

        String fragment = mvc.perform(as(editor, post("/evaluations/" + id + "/edit/check").params(form))).andReturn()
                .getResponse().getContentAsString();

        assertThat(fragment).contains("588.34", "FUNDS_MISMATCH", "基本支出与项目支出合计").doesNotContain("<html");
    }

    @Test
    void theTargetUnderstandingIsShownAsItIsTyped() throws Exception {
        String fragment = mvc.perform(as(editor, get("/targets/understood").param("keyTasks[0].indicators[0].annualTarget",
                "不超过1.5万元"))).andReturn().getResponse().getContentAsString();

        assertThat(fragment.strip()).isEqualTo("≤ 1.5 万元");
    }

    @Test
    void aProjectLeaderChangesOnlyTheirTask() throws Exception {
        String page = mvc.perform(as(leader, get("/evaluations/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<fieldset class=\"task\" id=\"task-0\" disabled=\"disabled\">",
                "<fieldset class=\"task\" id=\"task-1\">");

        MultiValueMap<String, String> form = FormFields.of(seed, 0);
        form.set("keyTasks[1].outcome", "负责人补充的成效");
        form.set("keyTasks[0].outcome", "负责人不能改的任务");
        form.set("conclusion", "负责人不能改的结论");
        mvc.perform(as(leader, post("/evaluations/" + id + "/edit").params(form)));

        EvaluationDocument saved = workflow.read(Actor.of(leader), id).document();
        assertThat(saved.keyTasks().get(1).outcome()).isEqualTo("负责人补充的成效");
        assertThat(saved.keyTasks().get(0).outcome()).isEqualTo(seed.keyTasks().get(0).outcome());
        assertThat(saved.conclusion()).isEqualTo(seed.conclusion());
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }
}
