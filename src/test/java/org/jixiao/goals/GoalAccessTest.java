package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may do what with a unit's goals, every role against every status, without Spring. */
class GoalAccessTest {

    private static final long UNIT = 3;
    private static final Actor EDITOR = new Actor(1, "editor", "填报人", Role.UNIT_EDITOR, UNIT, null);
    private static final Actor OTHER_EDITOR = new Actor(2, "other", "他单位填报人", Role.UNIT_EDITOR, 99L, null);
    private static final Actor LEADER = new Actor(3, "leader", "负责人", Role.PROJECT_LEADER, UNIT, null);
    private static final Actor REVIEWER = new Actor(4, "reviewer", "审核人", Role.FINANCE_REVIEWER, null, "广州市荔湾区");
    private static final Actor OTHER_REVIEWER = new Actor(5, "far", "他区审核人", Role.FINANCE_REVIEWER, null, "广州市天河区");
    private static final Actor ADMIN = new Actor(6, "admin", "管理员", Role.ADMINISTRATOR, null, null);

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void theUnitsEditorEditsAndSubmitsOnlyItsOwnDraftOrReturnedSheet(GoalStatus status) {
        GoalFiling filing = GoalFilingTest.in(status);

        assertThat(GoalAccess.canEdit(EDITOR, filing)).isEqualTo(status.isEditable());
        assertThat(GoalAccess.canSubmit(EDITOR, filing)).isEqualTo(status.isEditable());
        assertThat(GoalAccess.canEdit(OTHER_EDITOR, filing)).isFalse();
        assertThat(GoalAccess.canEdit(LEADER, filing)).as("the editor files the unit's goals").isFalse();
        assertThat(GoalAccess.canEdit(REVIEWER, filing)).isFalse();
        assertThat(GoalAccess.canEdit(ADMIN, filing)).isFalse();
        assertThat(GoalAccess.canEdit(null, filing)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void theRegionsReviewerReviewsWhatIsSubmittedAndPublishesWhatIsApproved(GoalStatus status) {
        GoalFiling filing = GoalFilingTest.in(status);

        assertThat(GoalAccess.canReview(REVIEWER, filing)).isEqualTo(status == GoalStatus.SUBMITTED);
        assertThat(GoalAccess.canPublish(REVIEWER, filing)).isEqualTo(status == GoalStatus.APPROVED);
        for (Actor other : new Actor[] {OTHER_REVIEWER, EDITOR, OTHER_EDITOR, ADMIN, null}) {
            assertThat(GoalAccess.canReview(other, filing)).isFalse();
            assertThat(GoalAccess.canPublish(other, filing)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void thePublicAndOutsidersReadOnlyWhatIsPublished(GoalStatus status) {
        GoalFiling filing = GoalFilingTest.in(status);
        boolean published = status == GoalStatus.PUBLISHED;

        assertThat(GoalAccess.canRead(null, filing)).isEqualTo(published);
        assertThat(GoalAccess.canRead(OTHER_EDITOR, filing)).isEqualTo(published);
        assertThat(GoalAccess.canRead(OTHER_REVIEWER, filing)).isEqualTo(published);
        assertThat(GoalAccess.canRead(EDITOR, filing)).isTrue();
        assertThat(GoalAccess.canRead(LEADER, filing)).isTrue();
        assertThat(GoalAccess.canRead(REVIEWER, filing)).isTrue();
        assertThat(GoalAccess.isInvolved(null, filing)).as("comments and audit stay inside").isFalse();
        assertThat(GoalAccess.isInvolved(OTHER_REVIEWER, filing)).isFalse();
    }

    @Test
    void onlyAUnitsEditorBeginsGoalsAndOnlyAReviewerHasARegionsList() {
        assertThat(GoalAccess.canCreate(EDITOR)).isTrue();
        assertThat(GoalAccess.canCreate(LEADER)).isFalse();
        assertThat(GoalAccess.canCreate(REVIEWER)).isFalse();
        assertThat(GoalAccess.canCreate(null)).isFalse();
        assertThat(GoalAccess.reviewsRegion(REVIEWER)).isTrue();
        assertThat(GoalAccess.reviewsRegion(EDITOR)).isFalse();
        assertThat(GoalAccess.reviewsRegion(ADMIN)).isFalse();
    }
}
