package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.monitoring.ExecutionMonitoring.ProgressReport;
import org.jixiao.monitoring.ExecutionMonitoring.TaskReport;
import org.jixiao.review.AuditEvent;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Monitoring during the year as units report it and reviewers read it, on H2 and on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class MonitoringContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ExecutionMonitoring monitoring;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    PlatformTransactionManager transactions;

    private long id;
    private String region;
    private Actor editor;
    private Actor leader;
    private Actor reviewer;

    private static final String FIRST = "妇联活动及组织建设阵地建设"; // budget 91.2
    private static final String SECOND = "妇儿工委及妇女儿童中心工作"; // budget 8.43, led by 王五

    @BeforeEach
    void aUnitInItsYear() {
        int run = RUN.incrementAndGet();
        region = "广州市监控区" + run;
        EvaluationDocument seed = Documents.seedOf("监控单位" + run, region, 2026);
        KeyTask second = seed.keyTasks().get(1);
        EvaluationDocument document = seed.withKeyTasks(List.of(seed.keyTasks().get(0), new KeyTask(second.name(),
                second.expectedGoal(), second.budget(), null, null, null, "王五", second.indicators(), null)));
        id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit("监控单位" + run, region).orElseThrow().id();
        editor = Actor.of(accounts.create("mon-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        leader = Actor.of(accounts.create("mon-leader-" + run, "王五", Role.PROJECT_LEADER, unit, null, "secret-pass-1"));
        reviewer = Actor.of(accounts.create("mon-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
    }

    @Test
    void anApprovalWaitsForAReportBeingWrittenSoThatNoFigureComesInAfterIt() throws Exception {
        workflow.submit(editor, id);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // a report whose status check has passed and whose figures are not yet written
            Future<?> report = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                evaluations.holdStatus(id);
                held.countDown();
                try {
                    written.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await();
            Future<?> approval = pool.submit(() -> workflow.approve(reviewer, id, null));
            Thread.sleep(300);

            assertThat(approval.isDone()).as("the approval waits for the report being written").isFalse();
            written.countDown();
            report.get(10, TimeUnit.SECONDS);
            approval.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(workflow.read(reviewer, id).status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThatThrownBy(() -> monitoring.report(editor, id, 12,
                List.of(new TaskReport(FIRST, new BigDecimal("90"), null, List.of()))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void eachTaskStandsRedYellowOrGreenAgainstTheProgressExpectedByThen() {
        // by the end of August 66.67 % is expected: 91.2 × 2/3 = 60.8 万元
        monitoring.report(editor, id, 8, List.of(
                new TaskReport(FIRST, new BigDecimal("30"), "采购延后", List.of(
                        new ProgressReport("案件办结率", "已办结 120 件中的 118 件", true, null))),
                new TaskReport(SECOND, new BigDecimal("5.5"), null, List.of())));

        ExecutionMonitoring.MonitoringView view = monitoring.view(reviewer, id, 8);

        assertThat(view.reviewPoint()).isTrue();
        var first = view.tasks().get(0);
        // 30 / 91.2 = 32.89 %, which is 49.34 % of the 66.67 % expected: red
        assertThat(first.standing().executionPercent()).isEqualByComparingTo("32.89");
        assertThat(first.standing().ofExpected()).isEqualByComparingTo("49.34");
        assertThat(first.standing().signal()).isEqualTo(Signal.RED);
        assertThat(first.note()).isEqualTo("采购延后");
        assertThat(first.indicators().get(0).progress().progress()).isEqualTo("已办结 120 件中的 118 件");
        assertThat(first.indicators().get(0).progress().onTrack()).isTrue();
        // 5.5 / 8.43 = 65.24 %, 97.86 % of the expected: green
        assertThat(view.tasks().get(1).standing().signal()).isEqualTo(Signal.GREEN);
        assertThat(view.reds()).isEqualTo(1);
    }

    @Test
    void aLaterMonthWithoutAReportKeepsTheLatestSpendingAgainstItsOwnExpectation() {
        monitoring.report(editor, id, 3, List.of(new TaskReport(FIRST, new BigDecimal("20"), null, List.of())));

        // by June 50 % (45.6) is expected; 20 is 43.86 % of that: red, though it was green in March (20/22.8)
        assertThat(monitoring.view(editor, id, 3).tasks().get(0).standing().signal()).isEqualTo(Signal.GREEN);
        assertThat(monitoring.view(editor, id, 6).tasks().get(0).standing().signal()).isEqualTo(Signal.RED);
    }

    @Test
    void spendingSinceJanuaryCannotShrink() {
        monitoring.report(editor, id, 5, List.of(new TaskReport(FIRST, new BigDecimal("40"), null, List.of())));

        assertThatThrownBy(() -> monitoring.report(editor, id, 6,
                List.of(new TaskReport(FIRST, new BigDecimal("35"), null, List.of()))))
                .hasMessageContaining("少于此前月份已报的 40");
        assertThatThrownBy(() -> monitoring.report(editor, id, 13, List.of())).hasMessageContaining("1 至 12");
    }

    @Test
    void aLeaderReportsOnlyTheirTaskAndReportsReplaceTheMonth() {
        monitoring.report(leader, id, 4, List.of(new TaskReport(SECOND, new BigDecimal("1"), null, List.of())));
        monitoring.report(leader, id, 4, List.of(new TaskReport(SECOND, new BigDecimal("2"), "更正", List.of())));

        assertThat(monitoring.view(leader, id, 4).tasks().get(1).executed()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> monitoring.report(leader, id, 4,
                List.of(new TaskReport(FIRST, BigDecimal.ONE, null, List.of())))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> monitoring.report(reviewer, id, 4,
                List.of(new TaskReport(FIRST, BigDecimal.ONE, null, List.of())))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void figuresStayOpenUnderReviewAndAreSettledOnceApproved() {
        monitoring.report(editor, id, 12, List.of(new TaskReport(FIRST, new BigDecimal("80"), null, List.of())));
        workflow.submit(editor, id);
        // December's figure corrected while the self-evaluation is under review: the reviewer sees it in the trail
        monitoring.report(editor, id, 12, List.of(new TaskReport(FIRST, new BigDecimal("85"), null, List.of())));
        workflow.approve(reviewer, id, null);

        assertThatThrownBy(() -> monitoring.report(editor, id, 12,
                List.of(new TaskReport(FIRST, new BigDecimal("90"), null, List.of()))))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("已审核").hasMessageContaining("定稿");
        workflow.publish(reviewer, id);
        assertThatThrownBy(() -> monitoring.report(leader, id, 11,
                List.of(new TaskReport(SECOND, new BigDecimal("1"), "补报", List.of()))))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("已公开");
        assertThatThrownBy(() -> monitoring.report(editor, id, 12, List.of()))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("已公开");

        ExecutionMonitoring.MonitoringView published = monitoring.view(editor, id, 12);
        assertThat(published.tasks().get(0).executed()).isEqualByComparingTo("85");
        assertThat(published.tasks().get(1).executedIn(11)).isNull();
    }

    @Test
    void everyChangeOfAFigureIsInTheAuditTrailWithItsMonthTaskAndIndicator() {
        monitoring.report(editor, id, 8, List.of(new TaskReport(FIRST, new BigDecimal("30"), "采购延后", List.of(
                new ProgressReport("案件办结率", "已办结 118 件", true, null)))));
        monitoring.report(editor, id, 8, List.of(new TaskReport(FIRST, new BigDecimal("35.50"), "采购延后", List.of(
                new ProgressReport("案件办结率", "已办结 120 件", false, null)))));
        // saved again unchanged, as the page posts every task: nothing to record
        monitoring.report(editor, id, 8, List.of(new TaskReport(FIRST, new BigDecimal("35.5"), "采购延后", List.of(
                new ProgressReport("案件办结率", "已办结 120 件", false, null)))));
        monitoring.report(leader, id, 8, List.of(new TaskReport(SECOND, new BigDecimal("6"), null, List.of())));

        String task = "$.monitoring[8].keyTasks['" + FIRST + "']";
        String indicator = task + ".indicators['案件办结率']";
        assertThat(workflow.audit(reviewer, id)).filteredOn(e -> e.field() != null && e.field().startsWith("$.monitoring"))
                .extracting(AuditEvent::actor, AuditEvent::field, AuditEvent::before, AuditEvent::after)
                .containsExactly(
                        tuple(editor.username(), task + ".executed", null, "30"),
                        tuple(editor.username(), task + ".note", null, "采购延后"),
                        tuple(editor.username(), indicator + ".progress", null, "已办结 118 件"),
                        tuple(editor.username(), indicator + ".onTrack", null, "true"),
                        tuple(editor.username(), task + ".executed", "30", "35.5"),
                        tuple(editor.username(), indicator + ".progress", "已办结 118 件", "已办结 120 件"),
                        tuple(editor.username(), indicator + ".onTrack", "true", "false"),
                        tuple(leader.username(), "$.monitoring[8].keyTasks['" + SECOND + "'].executed", null, "6"));
    }

    @Test
    void theLongestNamesAreRecordedWhole() {
        String indicator = "“应急'储备\\物资”" + "长".repeat(490);
        monitoring.report(editor, id, 3, List.of(new TaskReport(FIRST, null, null, List.of(
                new ProgressReport(indicator, "已完成", null, null)))));

        assertThat(workflow.audit(editor, id)).filteredOn(e -> e.field() != null && e.field().startsWith("$.monitoring"))
                .singleElement().satisfies(e -> {
                    // 500 characters, the quote and the backslash escaped as in JSONPath
                    String escaped = "“应急\\'储备\\\\物资”" + "长".repeat(490);
                    assertThat(e.field())
                            .isEqualTo("$.monitoring[3].keyTasks['" + FIRST + "'].indicators['" + escaped + "'].progress");
                    assertThat(e.after()).isEqualTo("已完成");
                });
    }

    @Test
    void theRegionSeesEveryTaskRedsFirst() {
        monitoring.report(editor, id, 8, List.of(new TaskReport(FIRST, new BigDecimal("70"), null, List.of()),
                new TaskReport(SECOND, new BigDecimal("1"), null, List.of())));

        var rows = monitoring.region(reviewer, region, 2026, 8);

        assertThat(rows).extracting(ExecutionMonitoring.RegionTask::taskName).containsExactly(SECOND, FIRST);
        assertThat(rows).extracting(r -> r.standing().signal()).containsExactly(Signal.RED, Signal.GREEN);
        assertThatThrownBy(() -> monitoring.region(editor, region, 2026, 8)).isInstanceOf(NotPermittedException.class);
    }
}
