package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.ApprovedGoals;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.NewEvaluationRequest;
import org.jixiao.review.NewEvaluations;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The goals approved for a year found for the evaluation module (docs/goals.md, "Approved goals drive the year"),
 * and a self-evaluation begun from them and held against them, on H2 and on PostgreSQL alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class ApprovedSheetsContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String PROJECT = "妇儿中心服务";

    @Autowired
    GoalFilings goals;
    @Autowired
    ApprovedGoals approvedGoals;
    @Autowired
    Evaluations evaluations;
    @Autowired
    NewEvaluations newEvaluations;
    @Autowired
    Accounts accounts;

    private long unit;
    private long neighbour;
    private Actor editor;
    private Actor reviewer;

    @BeforeEach
    void aUnitItsNeighbourAndTheirReviewer() {
        int run = RUN.incrementAndGet();
        String region = "广州市批复区" + run;
        String unitName = "批复单位" + run;
        evaluations.importDocuments(List.of(Documents.seedOf(unitName, region, 2025),
                Documents.seedOf("邻近单位" + run, region, 2025)), "test");
        unit = evaluations.unit(unitName, region).orElseThrow().id();
        neighbour = evaluations.unit("邻近单位" + run, region).orElseThrow().id();
        editor = Actor.of(accounts.create("approved-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null,
                "secret-pass-1"));
        reviewer = Actor.of(accounts.create("approved-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
    }

    private static List<GoalIndicator> indicators() {
        return List.of(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "来访案件办结率", null,
                        Target.parse("≥98%"), TargetBasis.HISTORICAL, "上年 97%", null),
                new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT,
                        "服务对象满意度", null, Target.parse("≥90%"), TargetBasis.INDUSTRY, null, null));
    }

    private GoalFiling submitted(Kind kind, String project) {
        GoalFiling begun = goals.begin(editor, kind, 2026, project, false);
        GoalSheet sheet = begun.sheet();
        GoalSheet filled = kind == Kind.PROJECT
                ? new GoalSheet(null, kind, 2026, sheet.department(), sheet.project(), "2026年1月至2026年12月",
                        new GoalFunds(new BigDecimal("99.630001"), new BigDecimal("90.63"), new BigDecimal("9.000001")),
                        List.of(), List.of(), null, "全年服务妇女儿童 3000 人次", indicators(), null)
                : new GoalSheet(null, kind, 2026, sheet.department(), null, null,
                        new GoalFunds(new BigDecimal("500.25"), null, null), List.of("维护妇女儿童合法权益"),
                        List.of(new PlannedTask("妇女儿童维权服务", "来访接待与法律援助", new BigDecimal("40.5"))), null,
                        "全年办结来访案件", indicators(), null);
        GoalFiling saved = goals.save(editor, begun.id(), begun.version(), filled);
        return goals.submit(editor, saved.id());
    }

    private GoalFiling approved(Kind kind, String project) {
        return goals.approve(reviewer, submitted(kind, project).id(), List.of(
                new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
    }

    @Test
    void anApprovedProjectIsFoundByItsNameAsTheEvaluationStatesItAndStillOncePublished() {
        GoalFiling approved = approved(Kind.PROJECT, PROJECT);

        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, "  " + PROJECT + " ")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(approved.id());
            assertThat(found.sheet().funds().total()).isEqualByComparingTo("99.630001");
            assertThat(found.approvedAt().truncatedTo(ChronoUnit.MILLIS))
                    .isEqualTo(approved.updatedAt().truncatedTo(ChronoUnit.MILLIS));
        });
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, "妇儿中心")).isEmpty();
        assertThat(approvedGoals.find(unit, 2025, Kind.PROJECT, PROJECT)).isEmpty();
        assertThat(approvedGoals.find(neighbour, 2026, Kind.PROJECT, PROJECT)).isEmpty();

        goals.publish(reviewer, approved.id());
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, PROJECT)).hasValueSatisfying(found ->
                assertThat(found.approvedAt().truncatedTo(ChronoUnit.MILLIS))
                        .isEqualTo(approved.updatedAt().truncatedTo(ChronoUnit.MILLIS)));
    }

    @Test
    void aDepartmentsApprovedSheetIsFoundByUnitYearAndKind() {
        GoalFiling approved = approved(Kind.DEPARTMENT_OVERALL, null);

        assertThat(approvedGoals.find(unit, 2026, Kind.DEPARTMENT_OVERALL, null))
                .map(ApprovedGoals.ApprovedGoal::id).contains(approved.id());
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, PROJECT)).isEmpty();
        assertThat(approvedGoals.find(neighbour, 2026, Kind.DEPARTMENT_OVERALL, null)).isEmpty();
    }

    @Test
    void aBatchOfSubjectsIsAnsweredAsEachAlone() {
        GoalFiling project = approved(Kind.PROJECT, PROJECT);
        GoalFiling department = approved(Kind.DEPARTMENT_OVERALL, null);
        goals.begin(editor, Kind.PROJECT, 2026, "草稿项目", false);
        ApprovedGoals.Subject spaced = new ApprovedGoals.Subject(unit, 2026, Kind.PROJECT, " " + PROJECT + "  ");
        ApprovedGoals.Subject whole = new ApprovedGoals.Subject(unit, 2026, Kind.DEPARTMENT_OVERALL, null);
        List<ApprovedGoals.Subject> none = List.of(new ApprovedGoals.Subject(unit, 2026, Kind.PROJECT, "草稿项目"),
                new ApprovedGoals.Subject(unit, 2025, Kind.PROJECT, PROJECT),
                new ApprovedGoals.Subject(neighbour, 2026, Kind.PROJECT, PROJECT),
                new ApprovedGoals.Subject(neighbour, 2026, Kind.DEPARTMENT_OVERALL, null),
                new ApprovedGoals.Subject(unit, 2026, Kind.PROJECT, null));
        List<ApprovedGoals.Subject> asked = new ArrayList<>(none);
        asked.add(spaced);
        asked.add(whole);

        Map<ApprovedGoals.Subject, ApprovedGoals.ApprovedGoal> found = approvedGoals.findAll(asked);

        assertThat(found).containsOnlyKeys(spaced, whole);
        assertThat(found.get(spaced).id()).isEqualTo(project.id());
        assertThat(found.get(whole).id()).isEqualTo(department.id());
        for (ApprovedGoals.Subject subject : asked) {
            assertThat(approvedGoals.find(subject.unitId(), subject.year(), subject.kind(), subject.project())
                    .map(ApprovedGoals.ApprovedGoal::id)).as(subject.toString())
                    .isEqualTo(Optional.ofNullable(found.get(subject)).map(ApprovedGoals.ApprovedGoal::id));
        }
    }

    @Test
    void aDraftASubmittedAndAReturnedSheetAreNoApprovedGoals() {
        GoalFiling draft = goals.begin(editor, Kind.PROJECT, 2026, "草稿项目", false);
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, draft.sheet().project())).isEmpty();

        GoalFiling submitted = submitted(Kind.PROJECT, PROJECT);
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, PROJECT)).isEmpty();

        goals.returnWith(reviewer, submitted.id(), List.of(
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.POOR, "目标偏低")));
        assertThat(approvedGoals.find(unit, 2026, Kind.PROJECT, PROJECT)).isEmpty();
    }

    @Test
    void aSelfEvaluationBegunFromTheApprovedGoalsCarriesThemAndReportsATargetChangedFromThem() {
        NewEvaluationRequest request = new NewEvaluationRequest();
        request.setYear("2026");
        request.setKind("PROJECT");
        request.setProjectName(PROJECT);
        request.setStart(NewEvaluationRequest.Start.APPROVED_GOALS.name());
        assertThat(newEvaluations.create(editor, request).errors().get("start"))
                .isEqualTo("本单位没有已审核或已公开的 2026 年度“妇儿中心服务”项目支出绩效目标；请先在绩效目标中申报并经审核，或选择其他开始方式");

        approved(Kind.PROJECT, PROJECT);
        StoredEvaluation begun = newEvaluations.create(editor, request).orThrow();

        KeyTask project = begun.document().keyTasks().get(0);
        assertThat(project.name()).isEqualTo(PROJECT);
        assertThat(project.budget()).isEqualByComparingTo("99.630001");
        assertThat(project.indicators()).extracting(i -> i.annualTarget().text()).containsExactly("≥98%", "≥90%");
        assertThat(project.indicators()).allSatisfy(i -> assertThat(i.actual()).isNull());
        assertThat(codes(evaluations.assess(begun).findings())).doesNotContain(
                FindingCode.TARGET_CHANGED_FROM_APPROVED.name(), FindingCode.APPROVED_INDICATOR_MISSING.name());

        Indicator lowered = project.indicators().get(0).toBuilder().annualTarget(Target.parse("≥95%")).build();
        List<Finding> findings = evaluations.assess(begun, begun.document().withKeyTasks(List.of(
                project.withIndicators(List.of(lowered))))).findings();
        assertThat(findings).filteredOn(f -> f.is(FindingCode.TARGET_CHANGED_FROM_APPROVED))
                .extracting(Finding::message).singleElement().asString()
                .contains("年度指标值“≥95%”与批复的绩效目标“≥98%”不一致");
        assertThat(findings).filteredOn(f -> f.is(FindingCode.APPROVED_INDICATOR_MISSING))
                .extracting(Finding::message).singleElement().asString().contains("“服务对象满意度”");
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void aReassessmentOfTheRegionStillHoldsEachEvaluationAgainstItsApprovedGoals() {
        approved(Kind.PROJECT, PROJECT);
        NewEvaluationRequest request = new NewEvaluationRequest();
        request.setYear("2026");
        request.setKind("PROJECT");
        request.setProjectName(PROJECT);
        request.setStart(NewEvaluationRequest.Start.APPROVED_GOALS.name());
        StoredEvaluation begun = newEvaluations.create(editor, request).orThrow();
        KeyTask project = begun.document().keyTasks().get(0);
        Indicator lowered = project.indicators().get(0).toBuilder().annualTarget(Target.parse("≥95%")).build();
        StoredEvaluation revised = evaluations.revise(begun.id(), begun.version(), begun.document().withKeyTasks(
                List.of(project.withIndicators(List.of(lowered)))), "test");
        int warnings = summary(revised.id()).warnings();

        // the batch reads the approved goals of all its evaluations at once; each must still meet its own
        assertThat(evaluations.reassess(new EvaluationFilter(List.of(revised.id()), null, null)))
                .isEqualTo(1);

        assertThat(summary(revised.id()).warnings()).isEqualTo(warnings)
                .isEqualTo(evaluations.assess(evaluations.find(revised.id()).orElseThrow()).findings().stream()
                        .filter(f -> !f.isError()).count());
        assertThat(codes(evaluations.assess(evaluations.find(revised.id()).orElseThrow()).findings()))
                .contains(FindingCode.TARGET_CHANGED_FROM_APPROVED.name(),
                        FindingCode.APPROVED_INDICATOR_MISSING.name());
    }

    private EvaluationSummary summary(long id) {
        return evaluations.summaries(new EvaluationFilter(List.of(id), null, null)).get(0);
    }

}
