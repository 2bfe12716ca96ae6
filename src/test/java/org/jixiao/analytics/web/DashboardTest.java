package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.RegionDashboard;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
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
import org.springframework.test.web.servlet.MvcResult;

/** The finance bureau's dashboard of a region: units with their scores, sorted, filtered and exported. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    private static final String REGION = "广州市看板区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private Account reviewer;

    @BeforeAll
    void fiveUnitsPerformingDifferently() {
        List<EvaluationDocument> documents = new ArrayList<>();
        int[] percents = {100, 95, 85, 70, 40};
        String[] names = {"甲", "乙", "丙", "丁", "戊"};
        for (int i = 0; i < percents.length; i++) {
            documents.add(Documents.performingAt(Documents.seedOf("看板单位" + names[i], REGION, 2023), percents[i]));
        }
        documents.add(Documents.seedOf("看板单位去年", REGION, 2022));
        documents.add(Documents.seedOf("别区单位", "广州市别区", 2023));
        evaluations.importDocuments(documents, "test");
        reviewer = accounts.create("dash-reviewer", "看板审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
    }

    @Test
    void everyUnitOfTheRegionAndYearWithItsScore() throws Exception {
        MvcResult result = dashboard("?year=2023&sort=score&desc=true");

        @SuppressWarnings("unchecked")
        List<DashboardRow> rows = (List<DashboardRow>) result.getModelAndView().getModel().get("rows");
        assertThat(rows).extracting(DashboardRow::unitName)
                .containsExactly("看板单位甲", "看板单位乙", "看板单位丙", "看板单位丁", "看板单位戊");
        assertThat(rows.get(0).totalScore()).isEqualByComparingTo("100");
        assertThat(rows).extracting(r -> r.grade().label()).containsExactly("优", "优", "良", "中", "差");
        assertThat(rows).isSortedAccordingTo((a, b) -> b.totalScore().compareTo(a.totalScore()));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("广州市看板区", "echarts.min.js", "dashboard.js", "\"scoreBands\"",
                "/evaluations/" + rows.get(0).evaluationId()).doesNotContain("别区单位", "看板单位去年");
    }

    @Test
    void filtersAndOtherYears() throws Exception {
        assertThat(rows(dashboard("?year=2023&grade=EXCELLENT"))).extracting(DashboardRow::unitName)
                .containsExactlyInAnyOrder("看板单位甲", "看板单位乙");
        assertThat(rows(dashboard("?year=2023&unit=丙"))).extracting(DashboardRow::unitName).containsExactly("看板单位丙");
        assertThat(rows(dashboard("?year=2022"))).extracting(DashboardRow::unitName).containsExactly("看板单位去年");
        assertThat(rows(dashboard("?year=2023&status=SUBMITTED"))).isEmpty();
        assertThat(rows(dashboard("?year=2023&sort=drop%20table"))).hasSize(5);
    }

    @Test
    void aReviewerSeesOnlyTheirRegionWhateverTheyAsk() throws Exception {
        assertThat(rows(dashboard("?year=2023&region=广州市别区"))).extracting(DashboardRow::unitName)
                .doesNotContain("别区单位");
    }

    @Test
    void theTableExportsToExcelWithNumbersAsNumbers() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/dashboard.xlsx?year=2023&sort=score&desc=true")
                .with(SignedIn.as(reviewer))).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("看板单位甲");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(688.34);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("差");
        }
    }

    @Test
    void aLargeRegionIsAHundredRowsAPageWithItsFiguresOfAllAndItsFiltersKept() throws Exception {
        // 130 units in a region of their own: the figures count all 130, the table shows 100, then 30
        List<EvaluationDocument> documents = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            documents.add(Documents.seedOf(String.format("大区单位%03d", i), "广州市大区", 2023));
        }
        evaluations.importDocuments(documents, "test");
        Account big = accounts.create("dash-big", "大区审核人", Role.FINANCE_REVIEWER, null, "广州市大区", "secret-pass-1");

        MvcResult first = mvc.perform(get("/dashboard?year=2023&sort=unit&desc=true")
                .with(SignedIn.as(big))).andReturn();
        MvcResult second = mvc.perform(get("/dashboard?year=2023&sort=unit&desc=true&page=2")
                .with(SignedIn.as(big))).andReturn();

        assertThat(rows(first)).hasSize(100);
        assertThat(rows(first).get(0).unitName()).isEqualTo("大区单位129");
        assertThat(rows(second)).hasSize(30);
        assertThat(rows(second).get(29).unitName()).isEqualTo("大区单位000");
        String page = first.getResponse().getContentAsString();
        assertThat(page).contains("第 1 / 2 页（共 130 份评价）", "sort=unit&amp;desc=true", "page=2").doesNotContain("上一页");
        assertThat(second.getResponse().getContentAsString()).contains("第 2 / 2 页", "上一页").doesNotContain("下一页");
        assertThat(((RegionDashboard.Summary) first.getModelAndView().getModel().get("summary"))
                .evaluations()).isEqualTo(130);
    }

    @Test
    void theApiGivesTheSameRowsWithTheRegionsFiguresAndTheChartsUnits() throws Exception {
        String json = mvc.perform(get("/api/v1/dashboard?year=2023&sort=score&desc=true")
                .with(SignedIn.as(reviewer))).andReturn().getResponse().getContentAsString();
        var data = DocumentJson.parseTree(json);

        assertThat(data.get("rows")).hasSize(5);
        var summary = data.get("summary");
        assertThat(summary.get("evaluations").asInt()).isEqualTo(5);
        // 甲 100 and 乙 95 优, 丙 85 良, 丁 70 中, 戊 40 差; five budgets of 688.34
        assertThat(summary.get("grades").get("EXCELLENT").asInt()).isEqualTo(2);
        assertThat(summary.get("grades").get("POOR").asInt()).isEqualTo(1);
        assertThat(summary.get("budget").decimalValue()).isEqualByComparingTo("3441.7");
        assertThat(summary.get("units")).extracting(n -> n.asString())
                .containsExactly("看板单位甲", "看板单位乙", "看板单位丙", "看板单位丁", "看板单位戊");
    }

    @SuppressWarnings("unchecked")
    private static List<DashboardRow> rows(MvcResult result) {
        return (List<DashboardRow>) result.getModelAndView().getModel().get("rows");
    }

    private MvcResult dashboard(String query) throws Exception {
        return mvc.perform(get("/dashboard" + query).with(SignedIn.as(reviewer))).andReturn();
    }
}
