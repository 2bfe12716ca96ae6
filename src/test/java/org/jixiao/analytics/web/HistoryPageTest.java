package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.analytics.TextDiff;
import org.jixiao.analytics.YearOverYear;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A unit's years side by side: figures, indicators, charts, and two years' reports compared. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    YearOverYear years;

    @Test
    void threeYearsOfAUnit() throws Exception {
        EvaluationDocument y2021 = Documents.performingAt(Documents.seedOf("历年单位", "广州市历年区", 2021), 70);
        EvaluationDocument y2022 = Documents.performingAt(Documents.seedOf("历年单位", "广州市历年区", 2022), 90);
        EvaluationDocument seed2023 = Documents.seedOf("历年单位", "广州市历年区", 2023);
        EvaluationDocument y2023 = new EvaluationDocument(seed2023.schema(), seed2023.kind(), 2023, seed2023.department(),
                seed2023.functions(), seed2023.funds(), seed2023.goals(), seed2023.keyTasks(),
                seed2023.conclusion().replace("新增会员企业39个", "新增会员企业45个"), seed2023.achievements(),
                seed2023.problems(), seed2023.measures(), null, null);
        List<Long> ids = evaluations.importDocuments(List.of(y2021, y2022, y2023), "test").stream()
                .map(i -> i.id()).toList();
        long unit = evaluations.unit("历年单位", "广州市历年区").orElseThrow().id();
        Account editor = accounts.create("history-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Account stranger = accounts.create("history-stranger", "别人", Role.FINANCE_REVIEWER, null, "广州市别区",
                "secret-pass-1");

        YearOverYear.History history = years.history(Actor.of(editor), unit, Kind.DEPARTMENT_OVERALL, "");

        assertThat(history.years()).extracting(s -> s.fiscalYear()).containsExactly(2021, 2022, 2023);
        assertThat(history.years()).extracting(s -> s.executionRate().intValue()).containsExactly(70, 90, 100);
        YearOverYear.IndicatorHistory cases = history.indicators().get(0);
        assertThat(cases.name()).isEqualTo("案件办结率");
        // 70 % of the annual target of 100 % in 2021, 90 % in 2022; 2023 states no actual value
        assertThat(cases.in(2021).actualValue()).isEqualByComparingTo("70");
        assertThat(cases.in(2022).actualValue()).isEqualByComparingTo("90");
        assertThat(cases.in(2023).actual()).isNull();
        String page = mvc.perform(get("/units/" + unit + "/history").with(SignedIn.as(editor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("历年单位", "历年对比", "2021", "2022", "2023", "案件办结率", "与上年报告对比",
                "\"indicators\"", "history.js");

        YearOverYear.Comparison comparison = years.compare(Actor.of(editor), ids.get(1), ids.get(2));
        YearOverYear.Section conclusion = comparison.sections().stream()
                .filter(s -> s.heading().endsWith("（一）自评结论综述")).findFirst().orElseThrow();
        assertThat(conclusion.changes()).filteredOn(c -> c.change() == TextDiff.Change.ADDED)
                .extracting(TextDiff.Segment::text).contains("45");
        assertThat(comparison.sections()).filteredOn(s -> s.heading().endsWith("（一）部门职能")).singleElement()
                .satisfies(s -> assertThat(s.unchanged()).isTrue());
        String compare = mvc.perform(get("/units/" + unit + "/compare?from=" + ids.get(1) + "&to=" + ids.get(2))
                .with(SignedIn.as(editor))).andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("2022 年与 2023 年报告对比", "<ins>45</ins>", "<del>39</del>", "两年相同");

        assertThat(mvc.perform(get("/units/" + unit + "/history").with(SignedIn.as(stranger)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/units/" + unit + "/compare?from=" + ids.get(1) + "&to=" + ids.get(2))
                .with(SignedIn.as(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
