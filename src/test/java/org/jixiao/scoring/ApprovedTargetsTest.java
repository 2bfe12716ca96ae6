package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
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
import org.jixiao.document.Severity;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.support.DocumentArbitraries;
import org.junit.jupiter.api.Test;

/** The self-evaluation held against the goals approved with the budget (docs/scoring.md, docs/goals.md). */
class ApprovedTargetsTest {

    private static final List<FindingCode> AGAINST_APPROVED = List.of(FindingCode.TARGET_CHANGED_FROM_APPROVED,
            FindingCode.APPROVED_INDICATOR_MISSING);

    private final IndicatorLinter linter = new IndicatorLinter(ScoringProfiles.builtIn().defaultProfile());

    private static final GoalSheet APPROVED = new GoalSheet(null, Kind.PROJECT, 2026,
            Department.named("某区示例文化馆", "广州市某区"), "群众文化惠民演出", "2026年", new GoalFunds(new BigDecimal("120"),
                    null, null), List.of(), List.of(), null, "全年举办公益讲座20场以上",
            List.of(goal(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "演出合格率", "≥98%"),
                    goal(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "公益讲座场次", "≥20场"),
                    goal(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "参加群众满意度",
                            "≥95%")),
            null);

    private static GoalIndicator goal(IndicatorCategory level1, IndicatorSubcategory level2, String name,
            String annual) {
        return new GoalIndicator(level1, level2, name, null, Target.parse(annual), TargetBasis.PLAN, null, null);
    }

    /** The self-evaluation begun from the approved goals, each indicator's annual target then changed as given. */
    private static EvaluationDocument withTargets(String... annual) {
        EvaluationDocument begun = APPROVED.asSelfEvaluation();
        KeyTask project = begun.keyTasks().get(0);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < annual.length; i++) {
            Indicator indicator = project.indicators().get(i);
            indicators.add(indicator.toBuilder().annualTarget(annual[i] == null ? null : Target.parse(annual[i]))
                    .build());
        }
        return begun.withKeyTasks(List.of(project.withIndicators(indicators)));
    }

    private List<Finding> againstApproved(EvaluationDocument document, GoalSheet approved) {
        return linter.assess(document, null, approved).findings().stream()
                .filter(f -> AGAINST_APPROVED.stream().anyMatch(f::is)).toList();
    }

    @Test
    void aTargetLoweredFromTheApprovedOneIsAWarningNamingBothValuesAtTheIndicator() {
        List<Finding> findings = againstApproved(withTargets("≥95%", "≥20场", "≥95%"), APPROVED);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.is(FindingCode.TARGET_CHANGED_FROM_APPROVED)).isTrue();
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("年度指标值“≥95%”与批复的绩效目标“≥98%”不一致")
                    .contains("演出合格率");
            assertThat(finding.indicator()).isEqualTo("演出合格率");
            assertThat(finding.path()).isEqualTo("$.keyTasks[0].indicators[0].annualTarget");
            assertThat(finding.suggestion()).contains("≥98%");
        });
    }

    @Test
    void theSameTargetWordedOtherwiseIsNoChangeAndAnUnchangedDocumentHasNoFinding() {
        assertThat(againstApproved(withTargets("98%以上", "不少于20场", "≥95%"), APPROVED)).isEmpty();
        assertThat(againstApproved(APPROVED.asSelfEvaluation(), APPROVED)).isEmpty();
    }

    @Test
    void aTargetRemovedOrInAnotherUnitIsAChange() {
        List<Finding> findings = againstApproved(withTargets("≥98%", "≥20次", null), APPROVED);

        assertThat(findings).extracting(Finding::indicator).containsExactly("公益讲座场次", "参加群众满意度");
        assertThat(findings.get(0).message()).contains("年度指标值“≥20次”与批复的绩效目标“≥20场”不一致");
        assertThat(findings.get(1).message()).contains("年度指标值（未填写）与批复的绩效目标“≥95%”不一致");
    }

    @Test
    void anApprovedIndicatorLeftOutIsReportedByNameWithItsTarget() {
        EvaluationDocument begun = APPROVED.asSelfEvaluation();
        KeyTask project = begun.keyTasks().get(0);
        EvaluationDocument withoutOne = begun.withKeyTasks(
                List.of(project.withIndicators(project.indicators().subList(0, 2))));

        assertThat(againstApproved(withoutOne, APPROVED)).singleElement().satisfies(finding -> {
            assertThat(finding.is(FindingCode.APPROVED_INDICATOR_MISSING)).isTrue();
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).isEqualTo("批复的绩效目标中的指标“参加群众满意度”（年度指标值“≥95%”）没有出现在自评中");
        });
    }

    @Test
    void withoutApprovedGoalsNothingIsHeldAgainstThem() {
        EvaluationDocument changed = withTargets("≥1%", "≥1场", "≥1%");

        assertThat(linter.assess(changed, null, null).findings())
                .isEqualTo(linter.assess(changed, null).findings());
    }

    /** Goals carried from any self-evaluation and approved as they are: the year begun from them keeps them all. */
    @Property(tries = 200)
    void aSelfEvaluationBegunFromApprovedGoalsWithoutEditsHasNothingAgainstThem(
            @ForAll("documents") EvaluationDocument lastYear) {
        GoalSheet approved = GoalSheet.fromSelfEvaluation(lastYear, 2026);

        assertThat(againstApproved(approved.asSelfEvaluation(), approved)).isEmpty();
    }

    @Test
    void thePageListsEachChangedTargetWithBothValuesAndEachLeftOutRewordingAloneNoChange() {
        // 98%以上 means ≥98%: no change; ≥18场 is not ≥20场; 参加群众满意度 left out
        EvaluationDocument document = withTargets("98%以上", "≥18场");

        assertThat(ApprovedTargetChange.between(document, APPROVED)).containsExactly(
                new ApprovedTargetChange("群众文化惠民演出", "公益讲座场次", "≥20场", "≥18场", false),
                new ApprovedTargetChange(null, "参加群众满意度", "≥95%", null, true));
        assertThat(ApprovedTargetChange.between(document, null)).isEmpty();
        assertThat(ApprovedTargetChange.between(withTargets("≥98%", "≥20场", "≥95%"), APPROVED)).isEmpty();
    }

    @Provide
    Arbitrary<EvaluationDocument> documents() {
        return DocumentArbitraries.documents();
    }
}
