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
import org.jixiao.analytics.AdviceRules;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 结果应用 by a region's own rules: here 中 is cut by 20 % and 良 by 5 %. */
@SpringBootTest(properties = {"jixiao.results.cut-percent.FAIR=20", "jixiao.results.action.GOOD=CUT",
        "jixiao.results.cut-percent.GOOD=5"})
@AutoConfigureMockMvc
class ResultsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    @Test
    void everyScoredUnitWithItsAdviceAndTheReason() throws Exception {
        evaluations.importDocuments(List.of(
                Documents.performingAt(Documents.seedOf("结果单位甲", "广州市结果区", 2023), 100),
                Documents.performingAt(Documents.seedOf("结果单位乙", "广州市结果区", 2023), 85),
                Documents.performingAt(Documents.seedOf("结果单位丙", "广州市结果区", 2023), 70),
                Documents.performingAt(Documents.seedOf("结果单位丁", "广州市结果区", 2023), 40)), "test");
        Account reviewer = accounts.create("results-reviewer", "审核", Role.FINANCE_REVIEWER, null, "广州市结果区",
                "secret-pass-1");

        var result = mvc.perform(get("/results?year=2023").with(SignedIn.as(reviewer)))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<ResultsApplication.Line> lines = (List<ResultsApplication.Line>) result.getModelAndView().getModel().get("lines");

        assertThat(lines).extracting(l -> l.row().unitName()).containsExactly("结果单位甲", "结果单位乙", "结果单位丙", "结果单位丁");
        assertThat(lines).extracting(l -> l.advice().action()).containsExactly(AdviceRules.Action.PRIORITY,
                AdviceRules.Action.CUT, AdviceRules.Action.CUT, AdviceRules.Action.CANCEL);
        // 688.34 × 95 % = 653.923; 688.34 × 80 % = 550.672
        assertThat(lines.get(1).advice().advisedBudget()).isEqualByComparingTo("653.923");
        assertThat(lines.get(2).advice().advisedBudget()).isEqualByComparingTo("550.672");
        assertThat(result.getResponse().getContentAsString()).contains("结果应用", "优先保障", "压减", "取消或暂停",
                "建议下年度预算压减20%：本年度预算688.34万元，建议550.67万元");
        // the region at a glance: 1 priority, 2 cut, 1 cancelled; 4 × 688.34 = 2,753.36 this year, advised
        // 688.34 + 653.923 + 550.672 + 0 = 1,892.935, shown as 1,892.94 (half up): a change of −860.42
        ResultsApplication.Summary summary = (ResultsApplication.Summary) result.getModelAndView().getModel().get("summary");
        assertThat(summary.counts()).containsEntry(AdviceRules.Action.PRIORITY, 1).containsEntry(AdviceRules.Action.KEEP, 0)
                .containsEntry(AdviceRules.Action.CUT, 2).containsEntry(AdviceRules.Action.CANCEL, 1);
        assertThat(summary.budget()).isEqualByComparingTo("2753.36");
        assertThat(summary.advisedBudget()).isEqualByComparingTo("1892.94");
        assertThat(summary.change()).isEqualByComparingTo("-860.42");
        assertThat(result.getResponse().getContentAsString()).contains("2,753.36", "1,892.94", "较本年度 -860.42 万元");

        byte[] excel = mvc.perform(get("/results.xlsx?year=2023").with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("取消或暂停");
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(550.672);
        }
    }

    @Test
    void aLargeRegionIsShownAHundredLinesAPageTheWorstLastAndExportedWhole() throws Exception {
        // 130 units scoring from 100 down: line 101 onwards is on the second page, the export has all 130
        List<EvaluationDocument> documents = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            documents.add(Documents.performingAt(Documents.seedOf(String.format("分页单位%03d", i), "广州市分页区", 2023),
                    100 - i / 3));
        }
        evaluations.importDocuments(documents, "test");
        Account reviewer = accounts.create("results-pager", "审核", Role.FINANCE_REVIEWER, null, "广州市分页区",
                "secret-pass-1");

        var first = mvc.perform(get("/results?year=2023").with(SignedIn.as(reviewer)))
                .andReturn();
        var second = mvc.perform(get("/results?year=2023&page=2").with(SignedIn.as(reviewer)))
                .andReturn();

        assertThat(linesOf(first)).hasSize(100);
        assertThat(((ResultsApplication.Summary) first.getModelAndView().getModel().get("summary")).counts().values()
                .stream().mapToInt(Integer::intValue).sum()).isEqualTo(130);
        assertThat(linesOf(second)).hasSize(30);
        assertThat(linesOf(first).get(99).row().totalScore()).isGreaterThanOrEqualTo(linesOf(second).get(0).row().totalScore());
        assertThat(first.getResponse().getContentAsString()).contains("第 1 / 2 页（共 130 份评价）", "page=2");
        assertThat(second.getResponse().getContentAsString()).contains("第 2 / 2 页", "上一页");
        byte[] excel = mvc.perform(get("/results.xlsx?year=2023").with(SignedIn.as(reviewer)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(130);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ResultsApplication.Line> linesOf(MvcResult result) {
        return (List<ResultsApplication.Line>) result.getModelAndView().getModel().get("lines");
    }
}
