package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.jixiao.document.Department;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The goals' workflow as a state machine: each step from each status, allowed or refused. */
class GoalFilingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static GoalFiling in(GoalStatus status) {
        GoalSheet sheet = GoalSheet.blank(Kind.PROJECT, 2026, Department.named("示例单位", "广州市荔湾区"), "社区活动");
        return new GoalFiling(7, 3, "广州市荔湾区", status, 4, sheet, NOW.minusSeconds(60));
    }

    @Test
    void theWholeWayFromDraftToPublishedThroughAReturn() {
        GoalFiling filing = in(GoalStatus.DRAFT).submitted(NOW).returned(NOW).revised(in(GoalStatus.DRAFT).sheet(), NOW)
                .submitted(NOW).approved(NOW).published(NOW);

        assertThat(filing.status()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(filing.version()).as("each step a version").isEqualTo(4 + 6);
        assertThat(filing.updatedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void submitOnlyADraftOrAReturnedSheet(GoalStatus status) {
        step(status, f -> f.submitted(NOW), EnumSet.of(GoalStatus.DRAFT, GoalStatus.RETURNED), GoalStatus.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void returnOrApproveOnlyASubmittedSheet(GoalStatus status) {
        step(status, f -> f.returned(NOW), EnumSet.of(GoalStatus.SUBMITTED), GoalStatus.RETURNED);
        step(status, f -> f.approved(NOW), EnumSet.of(GoalStatus.SUBMITTED), GoalStatus.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void publishOnlyAnApprovedSheet(GoalStatus status) {
        step(status, f -> f.published(NOW), EnumSet.of(GoalStatus.APPROVED), GoalStatus.PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void changeOnlyADraftOrAReturnedSheetAndKeepItsStatus(GoalStatus status) {
        GoalFiling filing = in(status);
        if (status.isEditable()) {
            assertThat(filing.revised(filing.sheet(), NOW).status()).isEqualTo(status);
        } else {
            assertThatThrownBy(() -> filing.revised(filing.sheet(), NOW)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("不能修改").hasMessageContaining(status.label());
        }
    }

    @Test
    void theRefusalNamesTheSheetItsStatusAndWhenTheStepWouldBeAllowed() {
        assertThatThrownBy(() -> in(GoalStatus.DRAFT).published(NOW))
                .hasMessage("绩效目标“示例单位·社区活动”当前为草稿，不能公开（可公开的状态：已审核）");
    }

    private static void step(GoalStatus from, Function<GoalFiling, GoalFiling> step, EnumSet<GoalStatus> allowed,
            GoalStatus to) {
        GoalFiling filing = in(from);
        if (allowed.contains(from)) {
            GoalFiling after = step.apply(filing);
            assertThat(after.status()).isEqualTo(to);
            assertThat(after.version()).isEqualTo(filing.version() + 1);
        } else {
            assertThatThrownBy(() -> step.apply(filing)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(from.label());
        }
    }

    @Test
    void aReturnSaysWhatToChangeAndAnApprovalGradesEveryCriterionNonePoor() {
        List<CriterionReview> gradedOnly = List.of(new CriterionReview(Criterion.COMPLETENESS, GoalGrade.FAIR, null));
        assertThatThrownBy(() -> GoalReview.returning(gradedOnly, "reviewer", NOW))
                .hasMessageContaining("至少就一个审核要点写明意见");
        assertThatThrownBy(() -> GoalReview.approving(gradedOnly, "reviewer", NOW))
                .hasMessageContaining("尚缺：相关性、适当性、可行性");
        List<CriterionReview> onePoor = List.of(new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.EXCELLENT, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.POOR, "目标值低于上年实际"),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null));
        assertThatThrownBy(() -> GoalReview.approving(onePoor, "reviewer", NOW)).hasMessageContaining("适当性评为“差”");

        GoalReview returned = GoalReview.returning(onePoor, "reviewer", NOW);
        assertThat(returned.decision()).isEqualTo(GoalReview.Decision.RETURNED);
        assertThat(returned.of(Criterion.APPROPRIATENESS).comment()).isEqualTo("目标值低于上年实际");
        assertThatThrownBy(() -> GoalReview.returning(List.of(new CriterionReview(Criterion.RELEVANCE, null, "一"),
                new CriterionReview(Criterion.RELEVANCE, null, "二")), "reviewer", NOW)).hasMessageContaining("重复");
    }
}
