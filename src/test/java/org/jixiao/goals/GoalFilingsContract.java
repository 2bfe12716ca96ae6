package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A year's goals as units file them and reviewers judge them, stored on H2 and on PostgreSQL alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class GoalFilingsContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    GoalFilings goals;
    @Autowired
    GoalHistory history;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    GoalStore store;

    private String unitName;
    private Actor editor;
    private Actor otherEditor;
    private Actor reviewer;
    private Actor otherReviewer;

    @BeforeEach
    void aUnitItsNeighbourAndTheirReviewers() {
        int run = RUN.incrementAndGet();
        String region = "广州市目标区" + run;
        unitName = "目标单位" + run;
        evaluations.importDocuments(List.of(Documents.seedOf(unitName, region, 2025),
                Documents.seedOf("邻近单位" + run, region, 2025)), "test");
        long unit = evaluations.unit(unitName, region).orElseThrow().id();
        long neighbour = evaluations.unit("邻近单位" + run, region).orElseThrow().id();
        editor = Actor.of(accounts.create("goal-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        otherEditor = Actor.of(accounts.create("goal-other-" + run, "邻居", Role.UNIT_EDITOR, neighbour, null,
                "secret-pass-1"));
        reviewer = Actor.of(accounts.create("goal-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
        otherReviewer = Actor.of(accounts.create("goal-far-" + run, "他区审核人", Role.FINANCE_REVIEWER, null,
                "广州市他区" + run, "secret-pass-1"));
    }

    private GoalSheet filledIn(GoalSheet sheet) {
        return filledIn(sheet, new GoalFunds(new BigDecimal("99.630001"), new BigDecimal("90.63"),
                new BigDecimal("9.000001")));
    }

    private GoalSheet filledIn(GoalSheet sheet, GoalFunds funds) {
        return new GoalSheet(null, sheet.kind(), sheet.fiscalYear(), sheet.department(), sheet.project(),
                "2026年1月至2026年12月", funds, List.of(), List.of(), "两年内建成", "全年服务妇女儿童 3000 人次",
                List.of(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "服务妇女儿童人次",
                        null, Target.parse("≥3000人次"), TargetBasis.HISTORICAL, "上年 2850 人次", null),
                        new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT,
                                "服务对象满意度", null, Target.parse("≥90%"), TargetBasis.INDUSTRY, null, null)),
                null);
    }

    private GoalFiling submittedProject() {
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, 2026, "妇儿中心服务", false);
        GoalFiling saved = goals.save(editor, begun.id(), begun.version(), filledIn(begun.sheet()));
        return goals.submit(editor, saved.id());
    }

    private static List<CriterionReview> allGood() {
        return List.of(new CriterionReview(Criterion.COMPLETENESS, GoalGrade.EXCELLENT, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, "与部门职能相符"),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null));
    }

    @Test
    void aSheetGoesFromTheUnitThroughAReturnToPublicationWithEveryStepInItsAudit() {
        GoalFiling submitted = submittedProject();
        assertThat(goals.ofOwnRegion(reviewer)).extracting(GoalSummary::id, GoalSummary::status)
                .containsExactly(tuple(submitted.id(), GoalStatus.SUBMITTED));

        goals.returnWith(reviewer, submitted.id(), List.of(
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.POOR, "满意度目标低于行业水平"),
                new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null)));
        GoalFiling returned = goals.read(editor, submitted.id());
        assertThat(returned.status()).isEqualTo(GoalStatus.RETURNED);
        assertThat(goals.reviews(editor, returned)).singleElement().satisfies(review -> {
            assertThat(review.decision()).isEqualTo(GoalReview.Decision.RETURNED);
            assertThat(review.reviewer()).isEqualTo(reviewer.username());
            assertThat(review.criteria()).extracting(CriterionReview::criterion)
                    .containsExactly(Criterion.COMPLETENESS, Criterion.APPROPRIATENESS);
            assertThat(review.of(Criterion.APPROPRIATENESS).comment()).isEqualTo("满意度目标低于行业水平");
            assertThat(review.of(Criterion.APPROPRIATENESS).grade()).isEqualTo(GoalGrade.POOR);
        });

        GoalFiling revised = goals.save(editor, returned.id(), returned.version(), returned.sheet());
        goals.submit(editor, revised.id());
        goals.approve(reviewer, revised.id(), allGood());
        assertThat(goals.published(2026)).extracting(GoalSummary::id).doesNotContain(revised.id());
        goals.publish(reviewer, revised.id());

        assertThat(goals.published(2026)).extracting(GoalSummary::id).contains(revised.id());
        GoalFiling published = goals.read(null, revised.id());
        assertThat(published.status()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(published.sheet().funds().total()).as("money kept exact").isEqualByComparingTo("99.630001");
        assertThat(published.sheet().funds().other()).isEqualByComparingTo("9.000001");
        assertThat(goals.events(editor, published)).extracting(GoalEvent::action).containsExactly("CREATED",
                "REVISED", "SUBMITTED", "RETURNED", "REVISED", "SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(goals.events(editor, published)).extracting(GoalEvent::actor).containsExactly(editor.username(),
                editor.username(), editor.username(), reviewer.username(), editor.username(), editor.username(),
                reviewer.username(), reviewer.username());
        assertThat(goals.events(null, published)).as("the public reads the goals, not the review").isEmpty();
        assertThat(goals.reviews(null, published)).isEmpty();
    }

    @Test
    void theStoreWritesAPublishedSheetNeverAgainWhateverAsks() {
        GoalFiling submitted = submittedProject();
        goals.approve(reviewer, submitted.id(), allGood());
        GoalFiling published = goals.publish(reviewer, submitted.id());
        // a step the domain would refuse, forged past it: the row itself is not written
        GoalFiling forged = new GoalFiling(published.id(), published.unitId(), published.region(), GoalStatus.RETURNED,
                published.version() + 1, published.sheet(), published.updatedAt());

        assertThatThrownBy(() -> store.update(forged)).isInstanceOf(IllegalTransitionException.class);
        GoalFiling after = goals.read(null, published.id());
        assertThat(List.of(after.status(), after.version(), after.sheet()))
                .isEqualTo(List.of(published.status(), published.version(), published.sheet()));
    }

    @Test
    void aSheetFiledWholeIsBegunAndSavedAtOnceAndOneRefusedLeavesNoDraft() {
        GoalFiling filed = goals.file(editor, filledIn(GoalSheet.blank(Kind.PROJECT, 2028, null, "整份申报的项目")));

        assertThat(filed.sheet().department().name()).as("always the editor's unit").isEqualTo(unitName);
        assertThat(filed.sheet().annualGoal()).isEqualTo("全年服务妇女儿童 3000 人次");
        assertThat(goals.submit(editor, filed.id()).status()).isEqualTo(GoalStatus.SUBMITTED);

        GoalSheet blank = filledIn(GoalSheet.blank(Kind.PROJECT, 2028, null, "金额为负的项目"));
        GoalSheet negative = new GoalSheet(null, blank.kind(), blank.fiscalYear(), blank.department(), blank.project(),
                blank.period(), new GoalFunds(new BigDecimal("-1"), null, null), blank.functions(), blank.tasks(),
                blank.longTermGoal(), blank.annualGoal(), blank.indicators(), null);
        assertThatThrownBy(() -> goals.file(editor, negative)).isInstanceOf(GoalSheetRefusedException.class)
                .satisfies(e -> assertThat(((GoalSheetRefusedException) e).findings()).extracting(f -> f.path())
                        .contains("$.funds.total"));
        assertThat(goals.ofOwnUnit(editor)).extracting(GoalSummary::subject).doesNotContain("金额为负的项目");
    }

    @Test
    void aSheetMissingWhatItMustStateIsNotSubmittedAndTheRefusalSaysWhere() {
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, 2026, "空白项目", false);

        assertThatThrownBy(() -> goals.submit(editor, begun.id())).isInstanceOf(GoalSheetRefusedException.class)
                .hasMessageContaining("不能提交").hasMessageContaining("实施期限")
                .satisfies(e -> assertThat(((GoalSheetRefusedException) e).findings()).extracting(f -> f.path())
                        .contains("$.period", "$.annualGoal", "$.funds.total", "$.indicators"));
        assertThat(goals.read(editor, begun.id()).status()).isEqualTo(GoalStatus.DRAFT);
    }

    @Test
    void otherUnitsAndOtherRegionsAreRefusedAndThePublicSeesOnlyWhatIsPublished() {
        GoalFiling submitted = submittedProject();

        assertThatThrownBy(() -> goals.read(otherEditor, submitted.id()))
                .isInstanceOf(GoalFilingNotFoundException.class);
        assertThatThrownBy(() -> goals.read(null, submitted.id())).isInstanceOf(GoalFilingNotFoundException.class);
        assertThatThrownBy(() -> goals.approve(otherReviewer, submitted.id(), allGood()))
                .isInstanceOf(GoalFilingNotFoundException.class);
        assertThat(goals.ofOwnRegion(otherReviewer)).isEmpty();
        assertThat(goals.ofOwnUnit(otherEditor)).isEmpty();
        assertThatThrownBy(() -> goals.approve(editor, submitted.id(), allGood()))
                .as("the unit does not approve its own goals").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> goals.save(editor, submitted.id(), submitted.version(), submitted.sheet()))
                .as("under review, not changed").isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("已提交");
        assertThatThrownBy(() -> goals.publish(reviewer, submitted.id()))
                .as("published only once approved").isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> goals.begin(reviewer, Kind.PROJECT, 2026, "审核人的项目", false))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSecondSheetOfTheSameYearKindAndProjectIsRefusedNamingTheFirst() {
        GoalFiling first = goals.begin(editor, Kind.PROJECT, 2026, "重复项目", false);

        assertThatThrownBy(() -> goals.begin(editor, Kind.PROJECT, 2026, " 重复项目 ", false))
                .isInstanceOf(GoalFilingExistsException.class).hasMessageContaining("已经存在")
                .satisfies(e -> assertThat(((GoalFilingExistsException) e).existing()).isEqualTo(first.id()));
        assertThat(goals.begin(editor, Kind.PROJECT, 2027, "重复项目", false).id()).isNotEqualTo(first.id());
    }

    @Test
    void anEditOnAnOlderVersionIsRefusedAndOverwritesNothing() {
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, 2026, "两人同改", false);
        goals.save(editor, begun.id(), begun.version(), filledIn(begun.sheet()));

        assertThatThrownBy(() -> goals.save(editor, begun.id(), begun.version(), begun.sheet()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已被他人修改");
        assertThat(goals.read(editor, begun.id()).sheet().annualGoal()).isEqualTo("全年服务妇女儿童 3000 人次");
    }

    @Test
    void aDepartmentsGoalsBeginFromLastYearsSelfEvaluationAndTheLinterHoldsItsTargetsAgainstLastYear() {
        EvaluationDocument lastYear = evaluations.find(editor.unitId(), 2025, Kind.DEPARTMENT_OVERALL, "")
                .orElseThrow().document();

        GoalFiling begun = goals.begin(editor, Kind.DEPARTMENT_OVERALL, 2026, null, true);

        assertThat(begun.sheet().fiscalYear()).isEqualTo(2026);
        assertThat(begun.sheet().department().name()).isEqualTo(unitName);
        assertThat(begun.sheet().functions()).isEqualTo(lastYear.functions());
        assertThat(begun.sheet().tasks()).extracting(t -> t.name())
                .containsExactlyElementsOf(lastYear.keyTasks().stream().map(t -> t.name()).toList());
        int indicators = lastYear.keyTasks().stream().mapToInt(t -> t.indicators().size()).sum();
        assertThat(begun.sheet().indicators()).hasSize(indicators);
        assertThat(goals.findings(begun)).as("the findings point at the sheet's own fields")
                .allSatisfy(f -> assertThat(f.path()).doesNotContain("keyTasks"));
        assertThatThrownBy(() -> goals.begin(editor, Kind.PROJECT, 2026, "去年没有的项目", true))
                .hasMessageContaining("没有 2025 年度“去年没有的项目”的项目支出自评");
    }

    @Test
    void theCycleReadsTheUnitsSheetsByYearKindAndProjectAndThePublicOnlyThePublished() {
        GoalFiling submitted = submittedProject();
        GoalFiling draft = goals.begin(editor, Kind.DEPARTMENT_OVERALL, 2026, null, false);
        long unit = editor.unitId();

        assertThat(history.ofUnit(editor, unit)).extracting(GoalHistory.Sheet::id, GoalHistory.Sheet::year,
                GoalHistory.Sheet::kind, GoalHistory.Sheet::project, GoalHistory.Sheet::status).containsExactly(
                tuple(draft.id(), 2026, Kind.DEPARTMENT_OVERALL, "", GoalStatus.DRAFT),
                tuple(submitted.id(), 2026, Kind.PROJECT, "妇儿中心服务", GoalStatus.SUBMITTED));
        assertThat(history.ofUnit(reviewer, unit)).hasSize(2);
        assertThat(history.ofUnit(otherEditor, unit)).isEmpty();
        assertThat(history.ofUnit(otherReviewer, unit)).isEmpty();

        goals.approve(reviewer, submitted.id(), allGood());
        goals.publish(reviewer, submitted.id());
        assertThat(history.ofUnit(null, unit)).extracting(GoalHistory.Sheet::id, GoalHistory.Sheet::status)
                .containsExactly(tuple(submitted.id(), GoalStatus.PUBLISHED));
    }

    private GoalFiling submittedProject(int year, String project, String funds) {
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, year, project, false);
        BigDecimal money = new BigDecimal(funds);
        GoalFiling saved = goals.save(editor, begun.id(), begun.version(), filledIn(begun.sheet(),
                new GoalFunds(money, money, BigDecimal.ZERO)));
        return goals.submit(editor, saved.id());
    }

    @Test
    void aNewProjectAtTheThresholdIsNotApprovedWithoutAnExAnteConclusionNothingWritten() {
        // no threshold of its own: the default, 500 万元 (EX_ANTE_2024); the sheet asks exactly 500
        GoalFiling submitted = submittedProject(2026, "智慧社区建设", "500");

        assertThatThrownBy(() -> goals.approve(reviewer, submitted.id(), allGood()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("该项目为新增项目，申请资金 500 万元，达到本地区事前绩效评估门槛 500 万元，"
                        + "须先出具事前绩效评估结论（予以支持或调整后支持），才能审核通过其绩效目标");
        GoalFiling after = goals.read(reviewer, submitted.id());
        assertThat(after.status()).isEqualTo(GoalStatus.SUBMITTED);
        assertThat(goals.reviews(reviewer, after)).as("no review written").isEmpty();
        assertThat(goals.events(reviewer, after)).extracting(GoalEvent::action).doesNotContain("APPROVED");
    }

    @Test
    void belowTheThresholdOrContinuingTheGoalsAreApprovedWithoutOne() {
        // 499.99 < 500
        GoalFiling small = submittedProject(2026, "社区书屋", "499.99");
        assertThat(goals.approve(reviewer, small.id(), allGood()).status()).isEqualTo(GoalStatus.APPROVED);

        // approved for 2026, the same project (its name retyped) is continuing in 2027, whatever it asks
        GoalFiling next = submittedProject(2027, "社区 书屋", "1500");
        assertThat(goals.approve(reviewer, next.id(), allGood()).status()).isEqualTo(GoalStatus.APPROVED);
    }
}
