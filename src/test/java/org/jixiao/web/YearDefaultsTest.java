package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages with a year or a month to choose open on the latest that has something to show, not on the calendar's:
 * a region whose evaluations are of 2020 and 2021, monitored in 2020 up to May, seen years later.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearDefaultsTest {

    private static final String REGION = "广州市年度区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExecutionMonitoring monitoring;

    private Account reviewer;
    private Account editor;
    private long monitored;
    private long notMonitored;

    @BeforeAll
    void aRegionOfPastYears() {
        List<Long> ids = evaluations.importDocuments(List.of(
                Documents.performingAt(Documents.seedOf("年度单位", REGION, 2020), 90),
                Documents.performingAt(Documents.seedOf("年度单位", REGION, 2021), 95)), "test")
                .stream().map(i -> i.id()).toList();
        monitored = ids.get(0);
        notMonitored = ids.get(1);
        long unit = evaluations.unit("年度单位", REGION).orElseThrow().id();
        reviewer = accounts.create("years-reviewer", "年度审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        editor = accounts.create("years-editor", "年度填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        for (int month = 1; month <= 5; month++) {
            monitoring.report(Actor.of(editor), monitored, month, List.of(new ExecutionMonitoring.TaskReport(
                    "妇联活动及组织建设阵地建设", BigDecimal.valueOf(5L * month), null, List.of())));
        }
    }

    @Test
    void theDashboardAndTheResultsOpenOnTheLatestYearWithEvaluations() throws Exception {
        assertThat(page(reviewer, "/dashboard")).contains("<option value=\"2021\" selected=\"selected\">2021</option>");
        assertThat(page(reviewer, "/results")).contains("<span>2021</span>", "name=\"year\"", "value=\"2021\"")
                .contains("年度单位");
        assertThat(page(reviewer, "/library/statistics")).contains("<option value=\"2021\" selected=\"selected\">");
    }

    @Test
    void theRegionsMonitoringOpensOnTheLatestMonthReported() throws Exception {
        String page = page(reviewer, "/monitoring");

        assertThat(page).contains("name=\"year\"", "value=\"2020\"")
                .contains("<option value=\"5\" selected=\"selected\">5月</option>")
                .contains("妇联活动及组织建设阵地建设");
    }

    @Test
    void aUnitsMonitoringOpensOnItsLatestReportOrAtItsYearsEnd() throws Exception {
        assertThat(page(editor, "/evaluations/" + monitored + "/monitoring"))
                .contains("<option value=\"5\" selected=\"selected\">5月</option>");
        assertThat(page(editor, "/evaluations/" + notMonitored + "/monitoring"))
                .as("a past year without reports is at its end")
                .contains("<option value=\"12\" selected=\"selected\">12月</option>");
    }

    @Test
    void aRegionWithoutEvaluationsOpensOnThisYear() {
        assertThat(monitoring.latestYear("没有评价的区")).isEqualTo(LocalDate.now().getYear());
    }

    private String page(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(account))).andReturn().getResponse().getContentAsString();
    }
}
