package org.jixiao.exante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.account.UnsavedAccounts;
import org.junit.jupiter.api.Test;

/** Every role against a request in each status, without Spring; and the steps each status allows. */
class ExAnteAccessTest {

    private static final long UNIT = 5;

    private static Actor actor(Role role, Long unit, String region) {
        return Actor.of(UnsavedAccounts.of(1, "u", "某人", role, unit, region));
    }

    private final Actor editor = actor(Role.UNIT_EDITOR, UNIT, null);
    private final Actor otherEditor = actor(Role.UNIT_EDITOR, 6L, null);
    private final Actor leader = actor(Role.PROJECT_LEADER, UNIT, null);
    private final Actor reviewer = actor(Role.FINANCE_REVIEWER, null, ExAnteExamples.REGION);
    private final Actor otherReviewer = actor(Role.FINANCE_REVIEWER, null, "某市另一区");
    private final Actor administrator = actor(Role.ADMINISTRATOR, null, null);

    private static ExAnteRequest in(ExAnteStatus status) {
        return ExAnteExamples.request(1, UNIT, status);
    }

    @Test
    void theUnitsEditorFilesAndChangesItsOwnRequestUntilSubmitted() {
        assertThat(ExAnteAccess.canFile(editor)).isTrue();
        assertThat(ExAnteAccess.canFile(leader)).isFalse();
        assertThat(ExAnteAccess.canFile(reviewer)).isFalse();
        assertThat(ExAnteAccess.canFile(administrator)).isFalse();
        assertThat(ExAnteAccess.canEdit(editor, in(ExAnteStatus.DRAFT))).isTrue();
        assertThat(ExAnteAccess.canEdit(editor, in(ExAnteStatus.RETURNED))).isTrue();
        assertThat(ExAnteAccess.canEdit(editor, in(ExAnteStatus.SUBMITTED))).isFalse();
        assertThat(ExAnteAccess.canEdit(editor, in(ExAnteStatus.CONCLUDED))).isFalse();
        assertThat(ExAnteAccess.canEdit(otherEditor, in(ExAnteStatus.DRAFT))).isFalse();
        assertThat(ExAnteAccess.canEdit(leader, in(ExAnteStatus.DRAFT))).isFalse();
    }

    @Test
    void theRegionsReviewerAssessesWhatWasSubmittedAndNoOneElse() {
        for (ExAnteStatus status : ExAnteStatus.values()) {
            assertThat(ExAnteAccess.canAssess(reviewer, in(status))).as(status.name())
                    .isEqualTo(status == ExAnteStatus.SUBMITTED);
            for (Actor other : new Actor[] {editor, otherReviewer, leader, administrator}) {
                assertThat(ExAnteAccess.canAssess(other, in(status))).isFalse();
            }
        }
    }

    @Test
    void aDraftIsTheUnitsOwnUntilSubmittedAndOtherRegionsSeeNothing() {
        assertThat(ExAnteAccess.canRead(reviewer, in(ExAnteStatus.DRAFT))).isFalse();
        assertThat(ExAnteAccess.canRead(reviewer, in(ExAnteStatus.RETURNED))).isTrue();
        assertThat(ExAnteAccess.canRead(otherReviewer, in(ExAnteStatus.SUBMITTED))).isFalse();
        assertThat(ExAnteAccess.canRead(otherEditor, in(ExAnteStatus.CONCLUDED))).isFalse();
        assertThat(ExAnteAccess.canRead(administrator, in(ExAnteStatus.CONCLUDED))).isFalse();
        assertThat(ExAnteAccess.canRead(null, in(ExAnteStatus.CONCLUDED))).isFalse();
        assertThat(ExAnteAccess.canList(administrator)).isFalse();
        assertThat(ExAnteAccess.canList(editor)).isTrue();
        assertThat(ExAnteAccess.canList(reviewer)).isTrue();
    }

    @Test
    void theUnitSeesTheScoresOnlyOnceConcluded() {
        assertThat(ExAnteAccess.canSeeAssessment(editor, in(ExAnteStatus.SUBMITTED))).isFalse();
        assertThat(ExAnteAccess.canSeeAssessment(editor, in(ExAnteStatus.CONCLUDED))).isTrue();
        assertThat(ExAnteAccess.canSeeAssessment(reviewer, in(ExAnteStatus.SUBMITTED))).isTrue();
    }

    @Test
    void eachStatusAllowsOnlyItsSteps() {
        assertThat(ExAnteStatus.DRAFT.submit()).isEqualTo(ExAnteStatus.SUBMITTED);
        assertThat(ExAnteStatus.RETURNED.submit()).isEqualTo(ExAnteStatus.SUBMITTED);
        assertThat(ExAnteStatus.SUBMITTED.conclude()).isEqualTo(ExAnteStatus.CONCLUDED);
        assertThat(ExAnteStatus.SUBMITTED.returnToUnit()).isEqualTo(ExAnteStatus.RETURNED);
        assertThatThrownBy(ExAnteStatus.SUBMITTED::submit).hasMessage("申请待评估，不能提交");
        assertThatThrownBy(ExAnteStatus.DRAFT::conclude).hasMessage("申请草稿，不能出具评估结论");
        assertThatThrownBy(ExAnteStatus.CONCLUDED::returnToUnit).hasMessage("申请已出结论，不能退回补充");
        assertThatThrownBy(ExAnteStatus.CONCLUDED::submit).isInstanceOf(ExAnteStepRefusedException.class);
    }
}
