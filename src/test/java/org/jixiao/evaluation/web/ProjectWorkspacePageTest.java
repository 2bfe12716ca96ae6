package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.rendering.SelfEvaluationForm;
import org.jixiao.review.AuditAction;
import org.jixiao.review.AuditEvent;
import org.jixiao.review.ReviewWorkflow;
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

/**
 * A project's evaluation as first-class as a department's: its workspace laid out as the 项目支出绩效自评表 (项目名称,
 * 主管部门, 实施单位, the funds with a row per source, 年度总体目标, the indicators) writing the same document fields
 * (the project's funds are the document's, its 预期目标 the goals), its name kept as what identifies it, its leader
 * editing the project's part, and its review page titled by unit and project with the form and its sections' names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectWorkspacePageTest {

    private static final String REGION = "广州市项目区";
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
    private EvaluationDocument project;
    private String unit;

    @BeforeEach
    void aProjectOfAUnit() throws IOException {
        int run = RUN.incrementAndGet();
        unit = "项目区示例科协" + run;
        EvaluationDocument demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/region/kexie-2024-chuangxin.json")) {
            demo = DocumentJson.read(in);
        }
        KeyTask task = demo.keyTasks().get(0).withLeader("赵六");
        project = demo.withDepartment(new Department(unit, null, REGION, "项目区科学技术局", null))
                .withKeyTasks(List.of(task));
        id = evaluations.importDocuments(List.of(project), "test").get(0).id();
        long unitId = evaluations.unit(unit, REGION).orElseThrow().id();
        editor = accounts.create("pw-editor-" + run, "项目填报人", Role.UNIT_EDITOR, unitId, null, "secret-pass-1");
        leader = accounts.create("pw-leader-" + run, "赵六", Role.PROJECT_LEADER, unitId, null, "secret-pass-1");
    }

    @Test
    void theWorkspaceIsLaidOutAsTheProjectsSelfEvaluationForm() throws Exception {
        String page = page(editor, get("/evaluations/" + id + "/edit"));

        assertThat(page).contains("项目支出绩效自评表", "项目名称", "value=\"青少年科技创新大赛\"", "readonly", "主管部门",
                "项目区科学技术局", "实施单位", unit, "年度资金总额", "年初预算数", "全年预算数", "全年执行数",
                "其中：一般公共预算财政拨款", "年度总体目标：预期目标", "年度总体目标：实际完成情况", "绩效指标",
                // the indicator table is the department's own, with its suggestions
                "class=\"indicators-editor\"", "id=\"suggestions-0\"",
                "<title>" + unit + "·青少年科技创新大赛 2024 · 填报");
        // none of a department's parts
        assertThat(page).doesNotContain("（一）部门职能", "部门整体收支情况", "按支出性质看", "重点工作任务预算合计",
                "name=\"keyTasks[0].budget\"", "name=\"funds.basic\"");
    }

    @Test
    void savingKeepsTheProjectsFundsAndGoalTheDocumentsOwn() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(project, 0);
        form.set("funds.budget", "20");
        form.set("funds.executed", "18");
        form.set("funds.executionRate", "90");
        form.set("funds.sources[0].budget", "20");
        form.set("funds.sources[0].executed", "18");
        form.remove("keyTasks[0].budget");
        form.remove("keyTasks[0].executed");
        form.remove("keyTasks[0].executionRate");
        form.set("goals[0]", "组织区青少年科技创新大赛，征集作品350件以上。");

        MockHttpServletResponse saved = save(editor, form);

        assertThat(saved.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit?saved");
        EvaluationDocument document = workflow.read(Actor.of(editor), id).document();
        KeyTask stored = document.keyTasks().get(0);
        assertThat(document.funds().budget()).isEqualByComparingTo("20");
        assertThat(stored.budget()).isEqualByComparingTo("20");
        assertThat(stored.executed()).isEqualByComparingTo("18");
        assertThat(stored.executionRate()).isEqualByComparingTo("90");
        assertThat(stored.expectedGoal()).isEqualTo("组织区青少年科技创新大赛，征集作品350件以上。");
        assertThat(document.goals()).containsExactly("组织区青少年科技创新大赛，征集作品350件以上。");
        assertThat(workflow.audit(Actor.of(editor), id)).filteredOn(e -> e.action() == AuditAction.EDITED)
                .extracting(AuditEvent::field).contains("$.funds.budget", "$.keyTasks[0].budget", "$.goals[0]",
                        "$.keyTasks[0].expectedGoal");
    }

    @Test
    void theProjectsNameIsNotChangedInPlaceAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(project, 0);
        form.set("keyTasks[0].name", "另一个项目");
        form.set("funds.budget", "99");

        MockHttpServletResponse refused = save(editor, form);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("项目名称“青少年科技创新大赛”是这份评价的标识，不能在此修改");
        assertThat(workflow.read(Actor.of(editor), id).document().funds().budget()).isEqualByComparingTo("18");
    }

    @Test
    void theProjectLeaderFillsInTheWholeFormButNotWhoLeadsItNorTheReportsOtherParts() throws Exception {
        String page = page(leader, get("/evaluations/" + id + "/edit"));
        assertThat(page).contains("项目支出绩效自评表");
        assertThat(fieldset(page, "part-funds")).as("the funds are the leader's to enter").doesNotContain("disabled");
        MultiValueMap<String, String> form = FormFields.of(project, 0);
        form.set("keyTasks[0].outcome", "大赛如期举办，征集作品320件。");
        form.set("funds.budget", "20");
        form.set("funds.executed", "18");
        form.set("funds.executionRate", "90");
        form.set("funds.sources[0].budget", "20");
        form.set("funds.sources[0].executed", "18");
        form.set("goals[0]", "组织区青少年科技创新大赛，征集作品350件以上。");
        form.set("keyTasks[0].leader", "");
        form.set("conclusion", "负责人不写报告的结论");

        MockHttpServletResponse saved = save(leader, form);

        assertThat(saved.getRedirectedUrl()).isEqualTo("/evaluations/" + id + "/edit?saved");
        EvaluationDocument document = workflow.read(Actor.of(leader), id).document();
        KeyTask stored = document.keyTasks().get(0);
        assertThat(stored.outcome()).isEqualTo("大赛如期举办，征集作品320件。");
        assertThat(document.funds().budget()).isEqualByComparingTo("20");
        assertThat(document.funds().bySource().get(0).executed()).isEqualByComparingTo("18");
        assertThat(stored.budget()).as("the project spends the form's funds").isEqualByComparingTo("20");
        assertThat(stored.executionRate()).isEqualByComparingTo("90");
        assertThat(document.goals()).containsExactly("组织区青少年科技创新大赛，征集作品350件以上。");
        assertThat(stored.expectedGoal()).isEqualTo("组织区青少年科技创新大赛，征集作品350件以上。");
        assertThat(stored.leader()).as("the unit's editor names the leader").isEqualTo("赵六");
        assertThat(document.conclusion()).isEqualTo(project.conclusion());
        assertThat(workflow.audit(Actor.of(leader), id)).filteredOn(e -> e.action() == AuditAction.EDITED)
                .extracting(AuditEvent::actor).contains(leader.username());
    }

    @Test
    void aLeaderNotNamedForTheProjectChangesNothing() throws Exception {
        Account other = accounts.create("pw-other-leader-" + RUN.incrementAndGet(), "钱七", Role.PROJECT_LEADER,
                evaluations.unit(unit, REGION).orElseThrow().id(), null, "secret-pass-1");
        MultiValueMap<String, String> form = FormFields.of(project, 0);
        form.set("funds.budget", "99");

        MockHttpServletResponse refused = save(other, form);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(workflow.read(Actor.of(editor), id).document().funds().budget()).isEqualByComparingTo("18");
    }

    @Test
    void theLeadersFormWithAnAmountThatIsNoNumberSaysWhereAndSavesNothing() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(project, 0);
        form.set("funds.executed", "十八万");
        form.set("keyTasks[0].outcome", "不应保存");

        MockHttpServletResponse refused = save(leader, form);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("十八万");
        EvaluationDocument document = workflow.read(Actor.of(editor), id).document();
        assertThat(document.funds().executed()).isEqualByComparingTo(project.funds().executed());
        assertThat(document.keyTasks().get(0).outcome()).isNotEqualTo("不应保存");
    }

    /** The opening tag of the fieldset with that id. */
    private static String fieldset(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return page.substring(page.lastIndexOf("<fieldset", at), page.indexOf('>', at) + 1);
    }

    @Test
    void theReviewPageNamesUnitAndProjectAndShowsItsFormAndItsSections() throws Exception {
        workflow.submit(Actor.of(editor), id);
        Account reviewer = accounts.create("pw-reviewer-" + RUN.incrementAndGet(), "项目区审核人",
                Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");

        String page = page(reviewer, get("/evaluations/" + id));

        String title = "2024年度" + unit + "青少年科技创新大赛项目支出绩效自评表";
        assertThat(page).contains("<title>" + title, "class=\"report-title\">" + title,
                "class=\"self-evaluation-form\"", "项目名称", "年度资金总额", "其中：一般公共预算财政拨款",
                "审核意见：项目资金情况", "审核意见：年度总体目标", "审核意见：项目绩效目标完成情况及绩效指标")
                .doesNotContain("部门整体收支情况", "（一）部门职能")
                // the form's 得分 cells from the score beside it, as the downloads print them
                .doesNotContain(SelfEvaluationForm.UNSCORED);
    }

    /** The workspace's form posted as that person. */
    private MockHttpServletResponse save(Account account, MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(as(account, post("/evaluations/" + id + "/edit").params(form))).andReturn().getResponse();
    }

    private String page(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(account, request)).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(SignedIn.as(account)).with(csrf());
    }
}
