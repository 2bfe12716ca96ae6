package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.analytics.AdviceRules;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.RegionDashboard;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Grade;
import org.jixiao.document.StatedScore;
import org.jixiao.evaluation.BulkImport;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Where people see a score, they see the score the report states for itself beside jixiao's, and 无法评分 with
 * what is missing for an evaluation with too little to score, never a 差: the unit's evaluation page, the
 * reviewer's, the public report, the dashboard with its charts and Excel, the results application, the years of a
 * unit and the API. A region of two units: 甲 scores 100 and states 98.14 (优); 乙 has key tasks without any
 * indicator and states 95 (优).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatedAndUnscorablePagesTest {

    private static final String REGION = "广州市自评区";
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
    BulkImport bulk;

    private long scored;
    private long bare;
    private Account editor;
    private Account reviewer;

    @BeforeAll
    void aRegionOfAScoredAndAnUnscorableEvaluation() {
        EvaluationDocument good = Documents.seedOf("自评单位甲", REGION, 2023)
                .withStatedScore(new StatedScore(new BigDecimal("98.14"), "优", "经自评，综合得分98.14分，评价等级为优。"));
        EvaluationDocument seed = Documents.seedOf("自评单位乙", REGION, 2023);
        EvaluationDocument withoutIndicators = seed.withKeyTasks(seed.keyTasks().stream()
                .map(task -> task.withIndicators(List.of())).toList())
                .withStatedScore(new StatedScore(new BigDecimal("95"), "优", null));
        scored = evaluations.importDocuments(List.of(good), "test").get(0).id();
        // nothing to score is an error that refuses 送审 now: published before that, as a region brought over was
        bare = bulk.store(List.of(new BulkImport.Entry(withoutIndicators, EvaluationStatus.PUBLISHED)), "test").get(0);
        long unit = evaluations.unit("自评单位乙", REGION).orElseThrow().id();
        long unitOfScored = evaluations.unit("自评单位甲", REGION).orElseThrow().id();
        editor = accounts.create("stated-editor", "乙填报人", Role.UNIT_EDITOR, unit, null, PASSWORD);
        Account editorOfScored = accounts.create("stated-editor-a", "甲填报人", Role.UNIT_EDITOR, unitOfScored, null,
                PASSWORD);
        reviewer = accounts.create("stated-reviewer", "自评区审核人", Role.FINANCE_REVIEWER, null, REGION, PASSWORD);
        workflow.submit(Actor.of(editorOfScored), scored);
    }

    @Test
    void theUnitSeesNotScorableAndWhatIsMissingInsteadOfAGrade() throws Exception {
        String page = page(as(editor, get("/evaluations/" + bare)));

        assertThat(page).contains("无法评分", "重点工作任务均无绩效指标", "单位自评 95 分（优）", "title=\"NOT_SCORABLE\"",
                "重点工作任务均无绩效指标，无法评分").doesNotContain("class=\"grade poor\"", "total-points");
        assertThat(page(as(editor, get("/evaluations/" + bare + "?lang=en"))))
                .contains("Not scorable", "no key task has any indicator", "Stated by the unit: 95 points (优)");
    }

    @Test
    void theReviewerSeesTheStatedScoreBesideJixiaosWhileReviewing() throws Exception {
        String page = page(as(reviewer, get("/evaluations/" + scored)));

        assertThat(page).contains("100.00", "单位自评 98.14 分（优）", "审核通过", "相差 1.86 分");
    }

    @Test
    void thePublicReportShowsJixiaosScoreOrWhyThereIsNoneAndWhatTheReportStates() throws Exception {
        String page = page(get("/public/reports/" + bare));

        assertThat(page).contains("评分（财政部项目支出绩效评价默认评分规则）", "title=\"MOF_2020\"", "无法评分", "重点工作任务均无绩效指标", "单位自评 95 分（优）");
    }

    @Test
    void theDashboardCountsTheUnscorableApartNeverAsPoor() throws Exception {
        MvcResult result = mvc.perform(as(reviewer, get("/dashboard?year=2023&sort=score&desc=true"))).andReturn();
        @SuppressWarnings("unchecked")
        List<DashboardRow> rows = (List<DashboardRow>) result.getModelAndView().getModel().get("rows");
        RegionDashboard.Summary summary = (RegionDashboard.Summary) result.getModelAndView().getModel().get("summary");
        String page = result.getResponse().getContentAsString();

        assertThat(rows).extracting(DashboardRow::unitName).containsExactly("自评单位甲", "自评单位乙");
        assertThat(rows.get(1).totalScore()).isNull();
        assertThat(rows.get(1).grade()).isNull();
        assertThat(summary.grades()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.POOR, 0);
        assertThat(summary.notScorable()).isEqualTo(1);
        assertThat(summary.averageScore()).isEqualByComparingTo("100");
        assertThat(page).contains("单位自评 98.14 分（优）", "单位自评 95 分（优）", "无法评分", "重点工作任务均无绩效指标",
                "\"notScorable\":1", "data-not-scorable=\"无法评分\"");

        byte[] excel = mvc.perform(as(reviewer, get("/dashboard.xlsx?year=2023&sort=score&desc=true"))).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("单位自评得分");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(98.14);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("无法评分（重点工作任务均无绩效指标）");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("优");
        }
    }

    @Test
    void theResultsApplicationAdvisesToCompleteTheIndicatorsRatherThanABudgetByGrade() throws Exception {
        MvcResult result = mvc.perform(as(reviewer, get("/results?year=2023"))).andReturn();
        @SuppressWarnings("unchecked")
        List<ResultsApplication.Line> lines = (List<ResultsApplication.Line>) result.getModelAndView().getModel().get("lines");
        ResultsApplication.Summary summary = (ResultsApplication.Summary) result.getModelAndView().getModel().get("summary");

        assertThat(lines).extracting(l -> l.row().unitName()).containsExactly("自评单位甲", "自评单位乙");
        AdviceRules.Advice advice = lines.get(1).advice();
        assertThat(advice.grade()).isNull();
        assertThat(advice.action()).isEqualTo(AdviceRules.Action.COMPLETE_INDICATORS);
        assertThat(advice.advisedBudget()).isNull();
        assertThat(advice.reason()).isEqualTo("2023年度自评无法评分（重点工作任务均无绩效指标），不按等级提出预算增减建议："
                + "建议补充重点工作任务的绩效指标（产出、效益、满意度指标）及其完成值，重新评分后再安排下年度预算");
        // the unscorable unit's budget is in neither sum: this year's 688.34 of 甲 against its advised 688.34
        assertThat(summary.counts()).containsEntry(AdviceRules.Action.PRIORITY, 1)
                .containsEntry(AdviceRules.Action.CANCEL, 0).containsEntry(AdviceRules.Action.COMPLETE_INDICATORS, 1);
        assertThat(summary.budget()).isEqualByComparingTo("688.34");
        assertThat(summary.advisedBudget()).isEqualByComparingTo("688.34");
        assertThat(result.getResponse().getContentAsString()).contains("补充绩效指标", "无法评分", "重点工作任务均无绩效指标");

        byte[] excel = mvc.perform(as(reviewer, get("/results.xlsx?year=2023"))).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("无法评分（重点工作任务均无绩效指标）");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("补充绩效指标");
        }
    }

    @Test
    void theUnitsYearsShowNotScorableWhereAScoreWouldBe() throws Exception {
        long unit = evaluations.unit("自评单位乙", REGION).orElseThrow().id();

        String page = page(as(editor, get("/units/" + unit + "/history?kind=DEPARTMENT_OVERALL&subject=")));

        assertThat(page).contains("无法评分", "重点工作任务均无绩效指标", "单位自评 95 分（优）");
    }

    @Test
    void theApiSaysWhyThereIsNoScoreAndWhatTheReportStates() throws Exception {
        JsonNode score = DocumentJson.parseTree(page(get("/api/v1/evaluations/" + bare + "/score")
                .with(httpBasic("stated-editor", PASSWORD))));
        JsonNode list = DocumentJson.parseTree(page(get("/api/v1/evaluations?year=2023")
                .with(httpBasic("stated-reviewer", PASSWORD))));

        assertThat(score.get("total").isNull()).isTrue();
        assertThat(score.get("notScorable").get("reason").asString()).isEqualTo("NO_INDICATORS");
        assertThat(score.get("stated").get("total").decimalValue()).isEqualByComparingTo("95");
        JsonNode item = null;
        for (JsonNode candidate : list.get("items")) {
            if (candidate.get("id").asLong() == bare) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("notScorable").asString()).isEqualTo("NO_INDICATORS");
        assertThat(item.get("statedTotal").decimalValue()).isEqualByComparingTo("95");
        assertThat(item.has("totalScore")).isFalse();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.with(user(new SignedInUser(account)));
    }
}
