package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.ImportedEvaluation;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The reviewer's desk, the first page: the evaluations of the region as a queue, 待审核 first and shown alone until
 * the reviewer asks for another status; each with its kind, score, grade, findings and the days it has waited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerDeskTest {

    private static final String REGION = "广州市审核台区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private Account reviewer;
    private Account editor;

    /** 甲 waits for review, 乙 was returned, 丙 is a draft, 丁 is published; 甲 has a draft of 2024 besides. */
    @BeforeAll
    void aRegionAtWork() {
        List<EvaluationDocument> documents = List.of(Documents.seedOf("审核台单位甲", REGION, 2023),
                Documents.seedOf("审核台单位乙", REGION, 2023), Documents.seedOf("审核台单位丙", REGION, 2023),
                Documents.seedOf("审核台单位丁", REGION, 2023), Documents.seedOf("审核台单位甲", REGION, 2024));
        List<Long> ids = evaluations.importDocuments(documents, "test").stream().map(ImportedEvaluation::id).toList();
        reviewer = accounts.create("desk-reviewer", "审核台审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
        editor = accounts.create("desk-editor", "甲填报人", Role.UNIT_EDITOR, unit("甲"), null, "secret-pass-1");
        Actor review = Actor.of(reviewer);
        workflow.submit(Actor.of(editor), ids.get(0));
        Actor editorOfB = Actor.of(accounts.create("desk-editor-b", "乙填报人", Role.UNIT_EDITOR, unit("乙"), null,
                "secret-pass-1"));
        workflow.submit(editorOfB, ids.get(1));
        workflow.returnForRevision(review, ids.get(1), Map.of("funds", "请核对"));
        Actor editorOfD = Actor.of(accounts.create("desk-editor-d", "丁填报人", Role.UNIT_EDITOR, unit("丁"), null,
                "secret-pass-1"));
        workflow.submit(editorOfD, ids.get(3));
        workflow.approve(review, ids.get(3), null);
        workflow.publish(review, ids.get(3));
    }

    @Test
    void theReviewersFirstPageIsWhatWaitsForThemWithWhatTheyNeedToChoose() throws Exception {
        String page = page(reviewer, "/");

        assertThat(rows(page)).containsExactly("审核台单位甲");
        assertThat(page).contains("<h1>审核台</h1>", "<option value=\"SUBMITTED\" selected=\"selected\">待审核</option>",
                "部门整体支出", "100.00", "class=\"grade excellent\">优</span>", "class=\"count warning\">12</span>",
                "class=\"num waiting\">今天</td>", "1 份自评");
    }

    @Test
    void everyStatusIsAQueueWithTheWaitingFirst() throws Exception {
        assertThat(rows(page(reviewer, "/?status=&year=2023")))
                .containsExactly("审核台单位甲", "审核台单位乙", "审核台单位丙", "审核台单位丁");
        assertThat(rows(page(reviewer, "/?status=&unit=甲"))).containsExactly("审核台单位甲", "审核台单位甲");
        assertThat(rows(page(reviewer, "/?status=RETURNED"))).containsExactly("审核台单位乙");
        assertThat(page(reviewer, "/?status=APPROVED")).contains("没有符合筛选条件的评价");
    }

    @Test
    void aUnitSeesAllItsEvaluationsFirst() throws Exception {
        String page = page(editor, "/");

        assertThat(rows(page)).containsExactly("审核台单位甲", "审核台单位甲");
        assertThat(page).contains("<h1>绩效自评</h1>", "<option value=\"\">全部状态</option>")
                .doesNotContain("selected=\"selected\"");
    }

    @Test
    void daysWaitedAreCalendarDaysOfTheBureau() {
        // submitted at 23:30 in Guangzhou: the next morning it has waited a day, though only 8.5 hours
        Instant lateEvening = Instant.parse("2023-03-01T15:30:00Z");

        assertThat(EvaluationQueue.Row.daysBetween(lateEvening, Instant.parse("2023-03-02T00:00:00Z"))).isEqualTo(1);
        assertThat(EvaluationQueue.Row.daysBetween(lateEvening, Instant.parse("2023-03-04T08:00:00Z"))).isEqualTo(3);
        assertThat(EvaluationQueue.Row.daysBetween(lateEvening, Instant.parse("2023-03-01T15:59:00Z"))).isZero();
    }

    private long unit(String name) {
        return evaluations.unit("审核台单位" + name, REGION).orElseThrow().id();
    }

    private String page(Account account, String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(SignedIn.as(account))).andReturn().getResponse()
                .getContentAsString());
    }

    /** The units of the table's rows, in order. */
    private static List<String> rows(String page) {
        return Pattern.compile("<a href=\"/evaluations/\\d+\">([^<]+)</a>").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }
}
