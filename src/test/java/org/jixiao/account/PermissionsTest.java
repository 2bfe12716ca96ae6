package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every role against an evaluation of unit 1 in 荔湾区 whose second key task is led by 王五, in every status.
 * Columns: who, status, read, edit all, edit task 2 (led by 王五), submit, review, publish.
 */
class PermissionsTest {

    private static final String REGION = "广州市荔湾区";

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            public          , DRAFT     , false, false, false, false, false, false
            public          , PUBLISHED , true , false, false, false, false, false
            editor-own      , DRAFT     , true , true , true , true , false, false
            editor-own      , RETURNED  , true , true , true , true , false, false
            editor-own      , SUBMITTED , true , false, false, false, false, false
            editor-own      , APPROVED  , true , false, false, false, false, false
            editor-other    , DRAFT     , false, false, false, false, false, false
            editor-other    , PUBLISHED , true , false, false, false, false, false
            reviewer-other  , PUBLISHED , true , false, false, false, false, false
            leader-own      , DRAFT     , true , false, true , false, false, false
            leader-own      , SUBMITTED , true , false, false, false, false, false
            leader-notnamed , DRAFT     , true , false, false, false, false, false
            leader-other    , DRAFT     , false, false, false, false, false, false
            reviewer-own    , DRAFT     , true , false, false, false, false, false
            reviewer-own    , SUBMITTED , true , false, false, false, true , false
            reviewer-own    , APPROVED  , true , false, false, false, false, true
            reviewer-other  , SUBMITTED , false, false, false, false, false, false
            admin           , SUBMITTED , true , false, false, false, false, false
            admin           , APPROVED  , true , false, false, false, false, false
            """)
    void decides(String who, EvaluationStatus status, boolean read, boolean editAll, boolean editTask2, boolean submit,
            boolean review, boolean publish) {
        Actor actor = actor(who);
        EvaluationScope scope = new EvaluationScope(1, REGION, status, Arrays.asList(null, "王五"));

        assertThat(Permissions.canRead(actor, scope)).as("read").isEqualTo(read);
        assertThat(Permissions.canEdit(actor, scope)).as("edit all").isEqualTo(editAll);
        assertThat(Permissions.canEditKeyTask(actor, scope, 1)).as("edit task 2").isEqualTo(editTask2);
        assertThat(Permissions.canEditKeyTask(actor, scope, 0)).as("edit task 1").isEqualTo(editAll);
        assertThat(Permissions.canEditKeyTask(actor, scope, 5)).as("a task that does not exist").isFalse();
        assertThat(Permissions.canSubmit(actor, scope)).as("submit").isEqualTo(submit);
        assertThat(Permissions.canReview(actor, scope)).as("review").isEqualTo(review);
        assertThat(Permissions.canPublish(actor, scope)).as("publish").isEqualTo(publish);
        assertThat(Permissions.canReadAudit(actor, scope)).as("audit")
                .isEqualTo(read && actor != null && !who.endsWith("-other"));
    }

    private static Actor actor(String who) {
        return switch (who) {
            case "public" -> null;
            case "editor-own" -> new Actor(1, "e1", "填报人", Role.UNIT_EDITOR, 1L, null);
            case "editor-other" -> new Actor(2, "e2", "别的填报人", Role.UNIT_EDITOR, 2L, null);
            case "leader-own" -> new Actor(3, "l1", "王五", Role.PROJECT_LEADER, 1L, null);
            case "leader-notnamed" -> new Actor(4, "l2", "赵六", Role.PROJECT_LEADER, 1L, null);
            case "leader-other" -> new Actor(5, "l3", "王五", Role.PROJECT_LEADER, 2L, null);
            case "reviewer-own" -> new Actor(6, "r1", "审核人", Role.FINANCE_REVIEWER, null, REGION);
            case "reviewer-other" -> new Actor(7, "r2", "越秀审核人", Role.FINANCE_REVIEWER, null, "广州市越秀区");
            case "admin" -> new Actor(8, "a", "管理员", Role.ADMINISTRATOR, null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @SuppressWarnings("unused")
    private static final List<Role> EVERY_ROLE_IS_COVERED = List.of(Role.values());
}
