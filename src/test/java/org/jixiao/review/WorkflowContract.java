package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;
import org.jixiao.document.Target;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StaleEvaluationException;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review workflow as the people who use it go through it, with its audit trail and review comments, on
 * every database (H2 and PostgreSQL subclasses). Each test works on a unit of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class WorkflowContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    static final String REGION = "广州市荔湾区";

    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    EvaluationScoring scoring;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    long id;
    Actor editor;
    Actor leader;
    Actor reviewer;
    Actor otherEditor;
    Actor otherReviewer;
    EvaluationDocument seed;

    @BeforeEach
    void aUnitWithItsPeople() {
        int run = RUN.incrementAndGet();
        EvaluationDocument original = SeedDocument.load();
        Department unit = new Department(original.department().name() + run, null, REGION, null, null);
        List<KeyTask> tasks = List.of(original.keyTasks().get(0), withLeader(original.keyTasks().get(1), "王五"));
        seed = original.withDepartment(unit).withKeyTasks(tasks);
        Department other = new Department("别的单位" + run, null, "广州市越秀区", null, null);
        id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        evaluations.importDocuments(List.of(original.withDepartment(other)), "test");
        long unitId = evaluations.unit(unit.name(), REGION).orElseThrow().id();
        long otherUnitId = evaluations.unit(other.name(), "广州市越秀区").orElseThrow().id();
        editor = actor("editor" + run, "填报人", Role.UNIT_EDITOR, unitId, null);
        leader = actor("leader" + run, "王五", Role.PROJECT_LEADER, unitId, null);
        reviewer = actor("reviewer" + run, "审核人", Role.FINANCE_REVIEWER, null, REGION);
        otherEditor = actor("other" + run, "别人", Role.UNIT_EDITOR, otherUnitId, null);
        otherReviewer = actor("yuexiu" + run, "越秀审核人", Role.FINANCE_REVIEWER, null, "广州市越秀区");
    }

    @Test
    void theWholeCycleFromDraftToPublishedIsRecorded() {
        StoredEvaluation draft = workflow.read(editor, id);
        workflow.save(editor, id, draft.version(), draft.document().withFunds(draft.document().funds()
                .withTotals(new BigDecimal("700"), new BigDecimal("688.34"), new BigDecimal("98.33"))));
        workflow.submit(editor, id);
        workflow.returnForRevision(reviewer, id, Map.of("funds", "全年预算数与批复不符", "general", ""));

        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.RETURNED);
        assertThat(workflow.comments(editor, id)).singleElement().satisfies(comment -> {
            assertThat(comment.section()).isEqualTo("funds");
            assertThat(comment.sectionLabel(Kind.DEPARTMENT_OVERALL)).isEqualTo("（二）部门整体收支情况");
            // a project's 自评表 names the same section as its own
            assertThat(comment.sectionLabel(Kind.PROJECT)).isEqualTo("项目资金情况");
            assertThat(comment.body()).isEqualTo("全年预算数与批复不符");
            assertThat(comment.resolved()).isFalse();
        });

        StoredEvaluation returned = workflow.read(editor, id);
        workflow.save(editor, id, returned.version(), seed);
        workflow.submit(editor, id);
        assertThat(workflow.comments(editor, id)).allMatch(ReviewComment::resolved);
        workflow.approve(reviewer, id, "同意");
        workflow.publish(reviewer, id);

        assertThat(workflow.read(null, id).status()).isEqualTo(EvaluationStatus.PUBLISHED);
        List<AuditEvent> trail = workflow.audit(reviewer, id);
        assertThat(trail).extracting(AuditEvent::action).containsSubsequence(AuditAction.CREATED, AuditAction.EDITED,
                AuditAction.SUBMITTED, AuditAction.RETURNED, AuditAction.EDITED, AuditAction.SUBMITTED,
                AuditAction.APPROVED, AuditAction.PUBLISHED);
        assertThat(trail).filteredOn(e -> "$.funds.budget".equals(e.field()))
                .extracting(AuditEvent::actor, AuditEvent::before, AuditEvent::after)
                .containsExactly(
                        Tuple.tuple(editor.username(), "688.34", "700"),
                        Tuple.tuple(editor.username(), "700", "688.34"));
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.RETURNED).singleElement()
                .satisfies(e -> assertThat(e.comment()).contains("全年预算数与批复不符"));
    }

    @Test
    void stepsOutOfOrderOrByTheWrongPersonAreRefused() {
        assertThatThrownBy(() -> workflow.approve(reviewer, id, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.publish(reviewer, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.submit(leader, id)).isInstanceOf(NotPermittedException.class);
        workflow.submit(editor, id);
        assertThatThrownBy(() -> workflow.submit(editor, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.approve(editor, id, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.approve(otherReviewer, id, null))
                .isInstanceOf(EvaluationNotFoundException.class);
        StoredEvaluation submitted = workflow.read(editor, id);
        assertThatThrownBy(() -> workflow.save(editor, id, submitted.version(), seed))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("已提交");

        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(workflow.audit(editor, id)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED);
    }

    @Test
    void anEvaluationWithErrorsIsNotSubmittedAndTheErrorsSayWhere() {
        // 91.20 executed of a 91.20 budget typed as 90 %: FUNDS_MISMATCH
        KeyTask first = seed.keyTasks().get(0);
        StoredEvaluation draft = workflow.read(editor, id);
        workflow.save(editor, id, draft.version(), seed.withKeyTasks(List.of(
                first.withFunds(first.budget(), first.executed(), new BigDecimal("90")), seed.keyTasks().get(1))));

        assertThatThrownBy(() -> workflow.submit(editor, id, null, true))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.awaitsConfirmation()).isFalse();
                    assertThat(refused.errors()).singleElement().satisfies(error -> {
                        assertThat(error.code()).isEqualTo("FUNDS_MISMATCH");
                        assertThat(error.path()).isEqualTo("$.keyTasks[0].executionRate");
                        assertThat(error.message()).contains("执行率写为 90%", "= 100.00%");
                    });
                    assertThat(refused).hasMessageContaining("有 1 处错误");
                });
        assertThatThrownBy(() -> workflow.submit(editor, id)).isInstanceOf(SubmissionRefusedException.class);
        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(workflow.audit(editor, id)).extracting(AuditEvent::action).doesNotContain(AuditAction.SUBMITTED);
    }

    @Test
    void warningsAreSubmittedOnlyOnceTheUnitConfirmsThem() {
        long version = workflow.read(editor, id).version();

        // the seed states no actual value for four indicators, among its other warnings
        assertThatThrownBy(() -> workflow.submit(editor, id, version, false))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.awaitsConfirmation()).isTrue();
                    assertThat(refused.errors()).isEmpty();
                    assertThat(refused.warnings()).filteredOn(w -> w.code().equals("NO_ACTUAL_VALUE"))
                            .extracting(Finding::path)
                            .contains("$.keyTasks[0].indicators[0].actual");
                });
        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.DRAFT);

        assertThatThrownBy(() -> workflow.submit(editor, id, version - 1, true))
                .isInstanceOf(StaleEvaluationException.class);
        workflow.submit(editor, id, version, true);

        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aReturnNeedsAtLeastOneComment() {
        workflow.submit(editor, id);

        assertThatThrownBy(() -> workflow.returnForRevision(reviewer, id, Map.of("funds", "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少写一条意见");
        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        long version = workflow.read(editor, id).version();
        workflow.save(editor, id, version, seed.withKeyTasks(seed.keyTasks().subList(0, 1)));

        assertThatThrownBy(() -> workflow.save(editor, id, version, seed.withKeyTasks(List.of())))
                .isInstanceOf(StaleEvaluationException.class).hasMessageContaining("已被他人修改");
        assertThat(workflow.read(editor, id).document().keyTasks()).hasSize(1);
    }

    @Test
    void aProjectLeaderEditsOnlyTheTasksThatNameThem() {
        StoredEvaluation current = workflow.read(leader, id);
        KeyTask own = current.document().keyTasks().get(1);
        KeyTask changed = new KeyTask(own.name(), own.expectedGoal(), own.budget(), own.executed(), own.executionRate(),
                "新的完成情况", "别人", own.indicators(), own.extensions());

        workflow.saveKeyTasks(leader, id, current.version(), Map.of(1, changed));

        KeyTask saved = workflow.read(leader, id).document().keyTasks().get(1);
        assertThat(saved.outcome()).isEqualTo("新的完成情况");
        assertThat(saved.leader()).as("a leader cannot hand the task over").isEqualTo("王五");
        long version = workflow.read(leader, id).version();
        assertThatThrownBy(() -> workflow.saveKeyTasks(leader, id, version, Map.of(0, changed)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.save(leader, id, version, seed)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void nobodySeesAnotherUnitsOrRegionsEvaluations() {
        assertThatThrownBy(() -> workflow.read(otherEditor, id)).isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> workflow.read(otherReviewer, id)).isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> workflow.read(null, id)).isInstanceOf(EvaluationNotFoundException.class);
        assertThatThrownBy(() -> workflow.audit(otherEditor, id)).isInstanceOf(EvaluationNotFoundException.class);
        long version = workflow.read(editor, id).version();
        assertThatThrownBy(() -> workflow.save(otherEditor, id, version, seed))
                .isInstanceOf(EvaluationNotFoundException.class);

        assertThat(workflow.visible(editor, EvaluationFilter.ALL)).extracting(EvaluationSummary::id)
                .containsExactly(id);
        assertThat(workflow.visible(otherReviewer, EvaluationFilter.ALL)).extracting(EvaluationSummary::region)
                .containsOnly("广州市越秀区");
        assertThat(workflow.visible(reviewer, EvaluationFilter.ALL)).extracting(EvaluationSummary::region)
                .containsOnly(REGION);
        assertThat(workflow.visible(null, EvaluationFilter.ALL)).extracting(EvaluationSummary::id).doesNotContain(id);

        workflow.submit(editor, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(reviewer, id);

        assertThat(workflow.visible(null, EvaluationFilter.ALL)).extracting(EvaluationSummary::id).contains(id);
        assertThat(workflow.visible(null, EvaluationFilter.ALL)).extracting(EvaluationSummary::status)
                .containsOnly(EvaluationStatus.PUBLISHED);
        assertThat(workflow.read(null, id).document()).isEqualTo(seed);
    }

    @Test
    void nextYearsGoalsCarryTheTargetsOverAndClearTheResults() {
        // this year the unit held 6 themed activities against a target of 4
        KeyTask second = seed.keyTasks().get(1);
        var activities = second.indicators().get(1);
        var exceeded = Indicator.builder()
                .levels(activities.level1(), activities.level2(), activities.levelInferred()).name(activities.name())
                .cycleTarget(activities.cycleTarget()).annualTarget(activities.annualTarget())
                .actual(Target.parse("6次")).met(true).build();
        List<Indicator> indicators = new ArrayList<>(second.indicators());
        indicators.set(1, exceeded);
        StoredEvaluation thisYear = workflow.read(editor, id);
        workflow.save(editor, id, thisYear.version(), seed.withKeyTasks(List.of(seed.keyTasks().get(0),
                second.withIndicators(indicators))));

        StoredEvaluation next = workflow.beginNextYear(editor, id);

        EvaluationDocument goals = next.document();
        assertThat(next.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(goals.fiscalYear()).isEqualTo(2024);
        assertThat(goals.functions()).isEqualTo(seed.functions());
        assertThat(goals.goals()).isEqualTo(seed.goals());
        assertThat(goals.keyTasks()).extracting(KeyTask::name).containsExactly("妇联活动及组织建设阵地建设", "妇儿工委及妇女儿童中心工作");
        assertThat(goals.keyTasks().get(1).leader()).isEqualTo("王五");
        assertThat(goals.keyTasks()).flatExtracting(KeyTask::indicators).hasSize(8)
                .allSatisfy(i -> {
                    assertThat(i.actual()).isNull();
                    assertThat(i.met()).isNull();
                    assertThat(i.annualTarget()).isNotNull();
                });
        assertThat(goals.keyTasks()).allSatisfy(t -> {
            assertThat(t.executed()).isNull();
            assertThat(t.outcome()).isNull();
        });
        assertThat(goals.funds().budget()).isEqualByComparingTo("688.34");
        assertThat(goals.funds().executed()).isNull();
        assertThat(goals.conclusion()).isNull();
        assertThat(goals.achievements()).isEmpty();
        // linted at once against this year: a target of 4 activities is below the 6 held
        var findings = scoring.assess(goals, workflow.read(editor, id).document()).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("TARGET_TOO_LOW");
            assertThat(f.indicator()).isEqualTo("开展主题活动");
        });
        assertThat(jdbc.sql("SELECT warning_count FROM evaluation WHERE id = ?").param(next.id()).query(Long.class)
                .single()).isEqualTo(findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        assertThatThrownBy(() -> workflow.beginNextYear(editor, id)).hasMessageContaining("已经存在");
        assertThatThrownBy(() -> workflow.beginNextYear(reviewer, id)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteTheAuditTrail() throws SQLException {
        workflow.submit(editor, id);
        List<AuditEvent> trail = workflow.audit(editor, id);

        // plain JDBC, as anyone with the database's credentials would send it, past the application
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE audit_event SET actor = 'someone else' WHERE evaluation_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event WHERE evaluation_id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE TABLE audit_event"))
                    .isInstanceOf(SQLException.class);
        }

        assertThat(trail).extracting(AuditEvent::action).containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED);
        assertThat(workflow.audit(editor, id)).isEqualTo(trail);
    }

    private Actor actor(String username, String name, Role role, Long unitId, String region) {
        Account account = accounts.create(username, name, role, unitId, region, "secret-pass-1");
        return Actor.of(account);
    }

    private static KeyTask withLeader(KeyTask task, String leader) {
        return new KeyTask(task.name(), task.expectedGoal(), task.budget(), task.executed(), task.executionRate(),
                task.outcome(), leader, task.indicators(), task.extensions());
    }

}
