package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The lists of a large region come a page at a time, read by the database: a reviewer's first page, the public
 * portal and the API's list. 130 units of one region, 105 of them published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongListsTest {

    private static final String REGION = "广州市长列表区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private Account reviewer;

    @BeforeAll
    void aRegionOf130UnitsWith105Published() {
        List<EvaluationDocument> documents = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            documents.add(Documents.seedOf(String.format("长列表单位%03d", i), REGION, 2019));
        }
        var imported = evaluations.importDocuments(documents, "test");
        reviewer = accounts.create("long-reviewer", "审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        Actor review = Actor.of(reviewer);
        for (int i = 0; i < 105; i++) {
            long id = imported.get(i).id();
            long unit = evaluations.unit(String.format("长列表单位%03d", i), REGION).orElseThrow().id();
            Actor editor = Actor.of(accounts.create("long-editor-" + i, "填报人", Role.UNIT_EDITOR, unit, null,
                    "secret-pass-1"));
            workflow.submit(editor, id);
            workflow.approve(review, id, null);
            workflow.publish(review, id);
        }
    }

    @Test
    void theReviewersListIsAHundredAPageWithTheWholeCount() throws Exception {
        MvcResult first = page("/?status=&year=2019");
        MvcResult second = page("/?status=&year=2019&page=2");

        assertThat(units(first)).hasSize(100);
        assertThat(units(second)).hasSize(30);
        // a queue: the 25 drafts before the published
        assertThat(units(first).get(0)).isEqualTo("长列表单位105");
        assertThat(units(first).get(25)).isEqualTo("长列表单位000");
        assertThat(units(second).get(29)).isEqualTo("长列表单位104");
        assertThat(first.getResponse().getContentAsString()).contains("130 份自评", "第 1 / 2 页", "page=2\">下一页");
    }

    @Test
    void thePublicPortalPagesItsPublishedReports() throws Exception {
        String first = mvc.perform(get("/public?year=2019&unit=长列表")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/public?year=2019&unit=长列表&page=2")).andReturn().getResponse()
                .getContentAsString();

        assertThat(first).contains("105 份自评", "第 1 / 2 页", "长列表单位000").doesNotContain("长列表单位100");
        assertThat(second).contains("第 2 / 2 页", "长列表单位104").doesNotContain("长列表单位105", "长列表单位099");
    }

    @Test
    void theApiListsAPageWithTheTotal() throws Exception {
        String json = mvc.perform(get("/api/v1/evaluations?year=2019&size=50&page=3")
                .with(user(new SignedInUser(reviewer)))).andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"total\": 130", "\"pages\": 3", "长列表单位100", "长列表单位129")
                .doesNotContain("长列表单位099");
    }

    @Test
    void theLibraryStatisticsShowAHundredUnitsAPage() throws Exception {
        MvcResult first = page("/library/statistics?year=2019");
        MvcResult second = page("/library/statistics?year=2019&page=2");

        assertThat(((TablePage<?>) first.getModelAndView().getModel().get("page")).rows()).hasSize(100);
        assertThat(((TablePage<?>) second.getModelAndView().getModel().get("page")).rows()).hasSize(30);
        assertThat(first.getResponse().getContentAsString()).contains("第 1 / 2 页（共 130 个单位，通用指标占比高的在前）");
    }

    @Test
    void theAdministratorsListsOfUnitsAndAccountsComeAHundredAPage() throws Exception {
        Account admin = accounts.create("long-admin", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        for (String list : List.of("/admin/units", "/admin/accounts")) {
            MvcResult first = mvc.perform(get(list).with(user(new SignedInUser(admin)))).andReturn();
            TablePage<?> page = (TablePage<?>) first.getModelAndView().getModel().get("page");
            assertThat(page.total()).as(list).isGreaterThan(100);
            assertThat(page.rows()).as(list).hasSize(100);
            assertThat(first.getResponse().getContentAsString()).as(list).contains("第 1 / " + page.pages() + " 页", "page=2");
        }
    }

    private MvcResult page(String path) throws Exception {
        return mvc.perform(get(path).with(user(new SignedInUser(reviewer)))).andReturn();
    }

    /** The units of the list's rows, in order. */
    private static List<String> units(MvcResult result) throws Exception {
        return Pattern.compile("<a href=\"/evaluations/\\d+\">([^<]+)</a>")
                .matcher(result.getResponse().getContentAsString()).results().map(m -> m.group(1)).toList();
    }
}
