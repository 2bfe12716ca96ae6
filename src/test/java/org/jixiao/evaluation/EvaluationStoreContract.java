package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;
import org.jixiao.evaluation.internal.ScoringSettings;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the evaluation store must do on every database it supports; run on H2 and on PostgreSQL by the
 * subclasses. Tests commit for real (no test transaction), so that "nothing is left behind" is checked
 * after the import's own transaction has rolled back.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Evaluations.class, EvaluationQueries.class, EvaluationBatches.class, PersistenceConfiguration.class, EvaluationScoring.class})
@EnableConfigurationProperties(ScoringSettings.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class EvaluationStoreContract {

    @Autowired
    Evaluations evaluations;
    @Autowired
    EvaluationRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationBatches batches;

    private final EvaluationDocument seed = SeedDocument.load();

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("indicator", "key_task", "fund_source", "evaluation_text", "evaluation", "unit")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void exportAfterImportGivesBackTheSameDocument() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();

        assertThat(evaluations.document(id)).contains(seed);
        assertThat(count("indicator")).isEqualTo(8);
        assertThat(jdbc.sql("SELECT budget FROM evaluation WHERE id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("688.34");
    }

    @Test
    void fieldsOutsideTheFormatSurviveTheDatabase() {
        KeyTask task = seed.keyTasks().get(0);
        EvaluationDocument withExtras = new EvaluationDocument(seed.schema(), seed.kind(), seed.fiscalYear(),
                seed.department(), seed.functions(), seed.funds(), seed.goals(),
                List.of(new KeyTask(task.name(), task.expectedGoal(), task.budget(), task.executed(),
                        task.executionRate(), task.outcome(), "王五", task.indicators(), Map.of("priority", "high"))),
                seed.conclusion(), seed.achievements(), seed.problems(), seed.measures(), null,
                Map.of("reviewer", Map.of("name", "李四")));

        long id = evaluations.importDocuments(List.of(withExtras), "test").get(0).id();

        assertThat(evaluations.document(id)).contains(withExtras);
    }

    @Test
    void theScoreTheReportStatesForItselfSurvivesTheDatabaseExactly() {
        EvaluationDocument stated = seed.withStatedScore(new StatedScore(new BigDecimal("98.145678"), "优秀",
                "经评价，本部门整体支出绩效自评得分98.145678分，评价等级为优秀。", Map.of("xPage", 12)));

        long id = evaluations.importDocuments(List.of(stated), "test").get(0).id();

        assertThat(evaluations.document(id)).contains(stated);
        var row = jdbc.sql("SELECT stated_total, stated_grade, stated_text FROM evaluation WHERE id = ?").param(id)
                .query().singleRow();
        assertThat((BigDecimal) row.get("stated_total")).isEqualByComparingTo("98.145678");
        assertThat(row.get("stated_grade")).isEqualTo("优秀");
        // read in bulk (reassessment) it is the same document
        assertThat(batches.load(List.of(id)).get(id).toDocument(repositoryUnit(id))).isEqualTo(stated);
    }

    @Test
    void aRevisionWithoutAStatedScoreRemovesIt() {
        long id = evaluations.importDocuments(List.of(seed.withStatedScore(new StatedScore(new BigDecimal("95"), "优",
                null))), "test").get(0).id();

        evaluations.revise(id, repository.findById(id).orElseThrow().version(), seed, "test");

        assertThat(evaluations.document(id).orElseThrow().statedScore()).isNull();
        assertThat(jdbc.sql("SELECT stated_total FROM evaluation WHERE id = ?").param(id).query().singleRow()
                .get("stated_total")).isNull();
    }

    @Test
    void anEvaluationWithoutIndicatorsIsStoredWithoutTotalOrGradeButWithTheReason() {
        EvaluationDocument bare = seed.withKeyTasks(seed.keyTasks().stream().map(t -> t.withIndicators(List.of())).toList());
        long id = evaluations.importDocuments(List.of(bare), "test").get(0).id();

        assertThat(assessment(id)).containsEntry("total_score", null).containsEntry("grade", null)
                .containsEntry("not_scorable", "NO_INDICATORS").containsEntry("error_count", 1);

        // the batched rescoring stores the same
        jdbc.sql("UPDATE evaluation SET not_scorable = NULL, scoring_profile = NULL WHERE id = ?").param(id).update();
        assertThat(evaluations.reassess(EvaluationFilter.ALL)).isEqualTo(1);
        assertThat(assessment(id)).containsEntry("total_score", null).containsEntry("grade", null)
                .containsEntry("not_scorable", "NO_INDICATORS").containsEntry("scoring_profile", "MOF_2020");

        // indicators again: scored, and the reason is gone
        evaluations.revise(id, repository.findById(id).orElseThrow().version(), seed, "test");
        assertThat(assessment(id)).containsEntry("grade", "EXCELLENT").containsEntry("not_scorable", null);
    }

    @Test
    void aDraftWithoutKeyTasksSaysSoInTheListToo() {
        long id = evaluations.importDocuments(List.of(seed.withKeyTasks(List.of())), "test").get(0).id();

        assertThat(evaluations.summaries()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(id);
            assertThat(summary.totalScore()).isNull();
            assertThat(summary.grade()).isNull();
            assertThat(summary.notScorable()).isEqualTo("NO_KEY_TASKS");
        });
    }

    @Test
    void nextYearsDraftStatesNoScoreOfItsOwn() {
        long id = evaluations.importDocuments(List.of(seed.withStatedScore(new StatedScore(new BigDecimal("98.14"), "优",
                "自评得分98.14分"))), "test").get(0).id();

        StoredEvaluation next = evaluations.beginNextYear(id, "test");

        assertThat(next.document().fiscalYear()).isEqualTo(2024);
        assertThat(next.document().statedScore()).isNull();
        assertThat(evaluations.document(id).orElseThrow().statedScore()).isNotNull();
    }

    @Test
    void aNewEvaluationNeverReplacesOneTheUnitHasAndIsAssessedAtOnce() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        EvaluationDocument next = evaluations.nextYearOf(evaluations.find(id).orElseThrow());

        StoredEvaluation created = evaluations.create(next, "test");

        assertThat(created.document().fiscalYear()).isEqualTo(2024);
        assertThat(assessment(created.id())).containsEntry("not_scorable", "NO_ACTUALS").containsEntry("grade", null);
        assertThat(evaluations.find(created.unitId(), 2024, Kind.DEPARTMENT_OVERALL, "")).isPresent();
        // the department's of 2023 again, and of 2024 again: refused, naming the one there is; nothing more stored
        assertThatThrownBy(() -> evaluations.create(seed.withKeyTasks(List.of()), "test"))
                .isInstanceOf(EvaluationExistsException.class)
                .hasMessage("本单位 2023 年度的部门整体支出评价已经存在（状态：草稿），请打开它修改，不必新建")
                .satisfies(e -> assertThat(((EvaluationExistsException) e).existing()).isEqualTo(id));
        assertThatThrownBy(() -> evaluations.create(next, "test")).isInstanceOf(EvaluationExistsException.class);
        assertThat(count("evaluation")).isEqualTo(2);
        assertThat(evaluations.document(id)).contains(seed);
        // a project of the same unit and year is another evaluation, a second of the same name is not
        KeyTask task = seed.keyTasks().get(0);
        EvaluationDocument project = new EvaluationDocument(null, Kind.PROJECT, 2023, seed.department(), List.of(),
                null, List.of(), List.of(task), null, List.of(), List.of(), List.of(), null, null);
        evaluations.create(project, "test");
        assertThatThrownBy(() -> evaluations.create(project, "test")).isInstanceOf(EvaluationExistsException.class)
                .hasMessageContaining("“" + task.name() + "”项目支出评价已经存在");
        assertThat(count("evaluation")).isEqualTo(3);
    }

    private Map<String, Object> assessment(long id) {
        Map<String, Object> row = new HashMap<>(jdbc.sql("SELECT total_score, grade, not_scorable, scoring_profile,"
                + " error_count FROM evaluation WHERE id = ?").param(id).query().singleRow());
        // keys in lower case on both databases
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v instanceof Number n && !(v instanceof BigDecimal)
                ? n.intValue() : v));
        return lower;
    }

    private Unit repositoryUnit(long id) {
        return evaluations.unit(repository.findById(id).orElseThrow().unitId()).orElseThrow();
    }

    @Test
    void importingTheSameEvaluationAgainRevisesTheDraft() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        EvaluationDocument revised = seed.withKeyTasks(seed.keyTasks().subList(0, 1));

        List<ImportedEvaluation> again = evaluations.importDocuments(List.of(revised), "test");

        assertThat(again).singleElement().satisfies(imported -> {
            assertThat(imported.id()).isEqualTo(id);
            assertThat(imported.created()).isFalse();
        });
        assertThat(evaluations.document(id)).contains(revised);
        assertThat(count("evaluation")).isEqualTo(1);
        assertThat(count("indicator")).isEqualTo(4);
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        Evaluation first = repository.findById(id).orElseThrow();
        Evaluation second = repository.findById(id).orElseThrow();

        first.revise(seed.withKeyTasks(List.of()), Instant.now());
        repository.save(first);
        second.revise(seed.withKeyTasks(seed.keyTasks().subList(1, 2)), Instant.now());

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(evaluations.document(id).orElseThrow().keyTasks()).isEmpty();
    }

    @Test
    void aFailedImportLeavesNothingBehind() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        Evaluation submitted = repository.findById(id).orElseThrow();
        submitted.submit();
        repository.save(submitted);
        EvaluationDocument otherUnit = new EvaluationDocument(seed.schema(), seed.kind(), 2024,
                Department.named("广州市荔湾区新单位", "广州市荔湾区"), seed.functions(), seed.funds(),
                seed.goals(), seed.keyTasks(), seed.conclusion(), seed.achievements(), seed.problems(),
                seed.measures(), null, null);

        // the new unit's evaluation comes first and is written, then the submitted one refuses the import
        assertThatThrownBy(() -> evaluations.importDocuments(List.of(otherUnit, seed.withKeyTasks(List.of())), "test"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("已提交");

        assertThat(count("evaluation")).isEqualTo(1);
        assertThat(count("unit")).isEqualTo(1);
        assertThat(evaluations.document(id)).contains(seed);
    }

    @Test
    void aDatabaseErrorHalfWayLeavesNothingBehind() {
        EvaluationDocument tooLong = seed.withKeyTasks(List.of(seed.keyTasks().get(0).withIndicators(List.of(
                Indicator.builder().name("长".repeat(600)).build()))));
        EvaluationDocument otherYear = new EvaluationDocument(seed.schema(), seed.kind(), 2022, seed.department(),
                List.of(), null, List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null);

        assertThatThrownBy(() -> evaluations.importDocuments(List.of(otherYear, tooLong), "test"))
                .isInstanceOf(DataAccessException.class);

        assertThat(count("evaluation")).isZero();
        assertThat(count("unit")).isZero();
    }

    @Test
    void theQueueListsWhatWaitsForReviewFirstTheLongestWaitingFirst() {
        List<Long> ids = evaluations.importDocuments(List.of(unit("甲", 2023), unit("乙", 2023), unit("丙", 2023),
                unit("丁", 2023), unit("戊", 2023), unit("甲", 2022)), "test").stream().map(ImportedEvaluation::id).toList();
        move(ids.get(1), Evaluation::submit);                                   // 乙 waits longest
        move(ids.get(2), Evaluation::submit, Evaluation::approve, Evaluation::publish);
        move(ids.get(3), Evaluation::submit);                                   // 丁 waits since after 乙
        move(ids.get(4), Evaluation::submit, Evaluation::returnForRevision);

        List<EvaluationSummary> queue = evaluations.summaries(EvaluationFilter.ALL, EvaluationOrder.REVIEW_QUEUE, 0, 100);

        assertThat(queue).extracting(EvaluationSummary::unitName, EvaluationSummary::fiscalYear).containsExactly(
                tuple("队列单位乙", 2023), tuple("队列单位丁", 2023),
                tuple("队列单位戊", 2023), tuple("队列单位甲", 2023),
                tuple("队列单位甲", 2022), tuple("队列单位丙", 2023));
        assertThat(queue.get(0).submittedAt()).isBefore(queue.get(1).submittedAt());
        assertThat(queue.get(3).submittedAt()).as("a draft never submitted").isNull();
        assertThat(queue.get(0)).extracting(EvaluationSummary::errors, EvaluationSummary::warnings).containsExactly(0, 12);
        assertThat(evaluations.summaries(EvaluationFilter.ALL, 0, 100)).extracting(EvaluationSummary::fiscalYear)
                .as("the other lists keep the newest year first").startsWith(2023, 2023, 2023, 2023, 2023).endsWith(2022);
    }

    private EvaluationDocument unit(String name, int year) {
        return new EvaluationDocument(seed.schema(), seed.kind(), year,
                Department.named("队列单位" + name, "广州市荔湾区"), seed.functions(), seed.funds(),
                seed.goals(), seed.keyTasks(), seed.conclusion(), seed.achievements(), seed.problems(), seed.measures(),
                null, null);
    }

    /** The evaluation moved through review by its own transitions, and stored. */
    @SafeVarargs
    private void move(long id, Consumer<Evaluation>... steps) {
        Evaluation evaluation = repository.findById(id).orElseThrow();
        for (Consumer<Evaluation> step : steps) {
            step.accept(evaluation);
        }
        repository.save(evaluation);
    }

    @Test
    void statusMovesOnlyByItsTransitions() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        Evaluation evaluation = repository.findById(id).orElseThrow();

        evaluation.submit();
        evaluation.approve();
        repository.save(evaluation);

        Evaluation approved = repository.findById(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(EvaluationStatus.APPROVED);
        assertThatThrownBy(approved::submit).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> approved.revise(seed, Instant.now())).isInstanceOf(IllegalTransitionException.class);
        approved.publish();
        assertThat(approved.status()).isEqualTo(EvaluationStatus.PUBLISHED);
    }

    @Test
    void theAssessmentIsStoredWithTheContent() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();

        var row = jdbc.sql("SELECT total_score, grade, scoring_profile, error_count, warning_count, indicator_count,"
                + " indicators_met FROM evaluation WHERE id = ?").param(id).query().singleRow();
        assertThat((BigDecimal) row.get("total_score")).isEqualByComparingTo("100");
        assertThat(row.get("grade")).isEqualTo("EXCELLENT");
        assertThat(row.get("scoring_profile")).isEqualTo("MOF_2020");
        assertThat(row.get("error_count")).isEqualTo(0);
        assertThat(row.get("warning_count")).isEqualTo(12);
        assertThat(row.get("indicator_count")).isEqualTo(8);
        assertThat(row.get("indicators_met")).isEqualTo(8);
    }

    @Test
    void anEditIsAssessedAgain() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        var task = seed.keyTasks().get(1);
        var fewer = seed.withKeyTasks(List.of(seed.keyTasks().get(0), task.withIndicators(task.indicators().subList(0, 1))));

        evaluations.revise(id, repository.findById(id).orElseThrow().version(), fewer, "test");

        assertThat(jdbc.sql("SELECT indicator_count FROM evaluation WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(5);
    }

    @Test
    void aTargetBelowLastYearsActualIsFoundOnceLastYearIsThere() {
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        long alone = warnings(id);
        // last year the unit held 5 meetings; this year's target of 1 is below it
        var task = seed.keyTasks().get(1);
        var meetings = task.indicators().get(0);
        var lastYearMeetings = Indicator.builder()
                .levels(meetings.level1(), meetings.level2(), meetings.levelInferred()).name(meetings.name())
                .cycleTarget(meetings.cycleTarget()).annualTarget(meetings.annualTarget())
                .actual(Target.parse("5次")).met(true).build();
        EvaluationDocument lastYear = new EvaluationDocument(seed.schema(), seed.kind(), 2022, seed.department(),
                seed.functions(), seed.funds(), seed.goals(), List.of(seed.keyTasks().get(0),
                task.withIndicators(List.of(lastYearMeetings))), seed.conclusion(), seed.achievements(),
                seed.problems(), seed.measures(), null, null);
        evaluations.importDocuments(List.of(lastYear), "test");

        assertThat(evaluations.reassess(EvaluationFilter.ALL)).isEqualTo(2);

        assertThat(warnings(id)).isEqualTo(alone + 1);
    }

    private long warnings(long id) {
        return jdbc.sql("SELECT warning_count FROM evaluation WHERE id = ?").param(id).query(Long.class).single();
    }

    @Test
    void summariesListEveryEvaluationWithItsFigures() {
        evaluations.importDocuments(List.of(seed), "test");

        assertThat(evaluations.summaries()).singleElement().satisfies(summary -> {
            assertThat(summary.unitName()).isEqualTo("广州市荔湾区妇女联合会");
            assertThat(summary.region()).isEqualTo("广州市荔湾区");
            assertThat(summary.fiscalYear()).isEqualTo(2023);
            assertThat(summary.budget()).isEqualByComparingTo("688.34");
            assertThat(summary.executionRate()).isEqualByComparingTo("100");
            assertThat(summary.keyTasks()).isEqualTo(2);
            assertThat(summary.indicators()).isEqualTo(8);
            assertThat(summary.status()).isEqualTo(EvaluationStatus.DRAFT);
        });
        assertThat(evaluations.summaries(new EvaluationFilter(null, 2022, null))).isEmpty();
        assertThat(evaluations.summaries(new EvaluationFilter(null, null, "妇女"))).hasSize(1);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
