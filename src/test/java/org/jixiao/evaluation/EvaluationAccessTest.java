package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one gate to evaluations and regions, without Spring: every role against an evaluation of unit 1 in 荔湾区
 * whose second key task is led by 王五, in every status. Columns: who, status, read, edit all, edit task 2 (led by
 * 王五), submit, review, publish, begin next year, report task 2's progress.
 */
class EvaluationAccessTest {

    private static final String REGION = "广州市荔湾区";

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            public          , DRAFT     , false, false, false, false, false, false, false, false, false
            public          , PUBLISHED , true , false, false, false, false, false, false, false, false
            editor-own      , DRAFT     , true , true , true , true , false, false, true , true , true
            editor-own      , RETURNED  , true , true , true , true , false, false, true , true , true
            editor-own      , SUBMITTED , true , false, false, false, false, false, true , true , true
            editor-own      , APPROVED  , true , false, false, false, false, false, true , false, false
            editor-own      , PUBLISHED , true , false, false, false, false, false, true , false, false
            editor-other    , DRAFT     , false, false, false, false, false, false, false, false, false
            editor-other    , PUBLISHED , true , false, false, false, false, false, false, false, false
            reviewer-other  , PUBLISHED , true , false, false, false, false, false, false, false, false
            leader-own      , DRAFT     , true , false, true , false, false, false, false, true , false
            leader-own      , SUBMITTED , true , false, false, false, false, false, false, true , false
            leader-own      , APPROVED  , true , false, false, false, false, false, false, false, false
            leader-own      , PUBLISHED , true , false, false, false, false, false, false, false, false
            leader-notnamed , DRAFT     , true , false, false, false, false, false, false, false, false
            leader-other    , DRAFT     , false, false, false, false, false, false, false, false, false
            reviewer-own    , DRAFT     , true , false, false, false, false, false, false, false, false
            reviewer-own    , SUBMITTED , true , false, false, false, true , false, false, false, false
            reviewer-own    , APPROVED  , true , false, false, false, false, true , false, false, false
            reviewer-own    , PUBLISHED , true , false, false, false, false, false, false, false, false
            reviewer-other  , SUBMITTED , false, false, false, false, false, false, false, false, false
            admin           , SUBMITTED , true , false, false, false, false, false, false, false, false
            admin           , APPROVED  , true , false, false, false, false, false, false, false, false
            secadmin-other  , DRAFT     , false, false, false, false, false, false, false, false, false
            secadmin-other  , PUBLISHED , true , false, false, false, false, false, false, false, false
            auditor-other   , SUBMITTED , false, false, false, false, false, false, false, false, false
            auditor-other   , PUBLISHED , true , false, false, false, false, false, false, false, false
            """)
    void decides(String who, EvaluationStatus status, boolean read, boolean editAll, boolean editTask2, boolean submit,
            boolean review, boolean publish, boolean nextYear, boolean progress2, boolean progress1) {
        Actor actor = actor(who);
        EvaluationScope scope = new EvaluationScope(1, REGION, status, Arrays.asList(null, "王五"), false);

        assertThat(EvaluationAccess.canRead(actor, scope)).as("read").isEqualTo(read);
        assertThat(EvaluationAccess.canEdit(actor, scope)).as("edit all").isEqualTo(editAll);
        assertThat(EvaluationAccess.canEditKeyTask(actor, scope, 1)).as("edit task 2").isEqualTo(editTask2);
        assertThat(EvaluationAccess.canEditKeyTask(actor, scope, 0)).as("edit task 1").isEqualTo(editAll);
        assertThat(EvaluationAccess.canEditKeyTask(actor, scope, 5)).as("a task that does not exist").isFalse();
        assertThat(EvaluationAccess.canSubmit(actor, scope)).as("submit").isEqualTo(submit);
        assertThat(EvaluationAccess.canReview(actor, scope)).as("review").isEqualTo(review);
        assertThat(EvaluationAccess.canPublish(actor, scope)).as("publish").isEqualTo(publish);
        assertThat(EvaluationAccess.canReadAudit(actor, scope)).as("audit")
                .isEqualTo(read && actor != null && !who.endsWith("-other"));
        assertThat(EvaluationAccess.canBeginNextYear(actor, scope)).as("begin next year").isEqualTo(nextYear);
        assertThat(EvaluationAccess.canReportProgress(actor, scope, 1)).as("report task 2").isEqualTo(progress2);
        assertThat(EvaluationAccess.canReportProgress(actor, scope, 0)).as("report task 1").isEqualTo(progress1);
        assertThat(EvaluationAccess.canReportProgress(actor, scope, 5)).as("a task that does not exist").isFalse();
        assertThat(EvaluationAccess.canEditProject(actor, scope)).as("a department's evaluation has no project part")
                .isFalse();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            editor-own      , DRAFT     , true
            editor-own      , RETURNED  , true
            editor-own      , SUBMITTED , false
            leader-own      , DRAFT     , true
            leader-own      , RETURNED  , true
            leader-own      , SUBMITTED , false
            leader-own      , PUBLISHED , false
            leader-notnamed , DRAFT     , false
            leader-other    , DRAFT     , false
            editor-other    , DRAFT     , false
            reviewer-own    , DRAFT     , false
            admin           , DRAFT     , false
            public          , DRAFT     , false
            """)
    void aProjectsFormIsFilledInByItsLeaderOrTheUnitsEditor(String who, EvaluationStatus status, boolean edit) {
        Actor actor = actor(who);
        EvaluationScope project = new EvaluationScope(1, REGION, status, List.of("王五"), true);

        assertThat(EvaluationAccess.canEditProject(actor, project)).as("the project's funds and goals")
                .isEqualTo(edit);
        assertThat(EvaluationAccess.canEdit(actor, project)).as("the whole evaluation")
                .isEqualTo(edit && who.startsWith("editor"));
        assertThat(EvaluationAccess.canSubmit(actor, project)).as("submit").isEqualTo(edit && who.startsWith("editor"));
    }

    @Test
    void anImportGoesToTheEditorsOwnUnitOrAReviewersRegionAndNoAdministratorImports() {
        Department named = new Department("报告写的单位", null, "广州市越秀区", null, null);
        Department own = new Department("本单位", null, REGION, null, null);

        assertThat(EvaluationAccess.importedInto(actor("editor-own"), named, own)).isEqualTo(own);
        for (String administrator : List.of("admin", "secadmin-other", "auditor-other")) { // 三员分立: none writes one
            assertThatThrownBy(() -> EvaluationAccess.importedInto(actor(administrator), named, null))
                    .isInstanceOf(NotPermittedException.class).hasMessageContaining("不填报评价");
            assertThat(EvaluationAccess.canImport(actor(administrator))).isFalse();
        }
        assertThat(EvaluationAccess.canImport(actor("editor-own"))).isTrue();
        assertThat(EvaluationAccess.canImport(actor("reviewer-own"))).isTrue();
        assertThat(EvaluationAccess.canImport(actor("leader-own"))).isFalse();
        Department unplaced = new Department("报告写的单位", null, null, null, null);
        assertThat(EvaluationAccess.importedInto(actor("reviewer-own"), unplaced, null).region()).isEqualTo(REGION);
        assertThatThrownBy(() -> EvaluationAccess.importedInto(actor("reviewer-own"), named, null))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("广州市越秀区");
        assertThatThrownBy(() -> EvaluationAccess.importedInto(actor("leader-own"), named, null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> EvaluationAccess.importedInto(null, named, null))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void onlyAReviewersListOpensOnWhatWaitsForReview() {
        assertThat(EvaluationAccess.reviewsSubmissions(actor("reviewer-own"))).isTrue();
        for (String other : List.of("editor-own", "leader-own", "admin", "secadmin-other", "auditor-other")) {
            assertThat(EvaluationAccess.reviewsSubmissions(actor(other))).as(other).isFalse();
        }
        assertThat(EvaluationAccess.reviewsSubmissions(null)).isFalse();
    }

    @Test
    void onlyAUnitsEditorBeginsANewEvaluation() {
        assertThat(EvaluationAccess.canCreate(actor("editor-own"))).isTrue();
        assertThat(EvaluationAccess.canCreate(actor("editor-other"))).isTrue();
        for (String other : List.of("leader-own", "reviewer-own", "admin", "secadmin-other", "auditor-other")) {
            assertThat(EvaluationAccess.canCreate(actor(other))).as(other).isFalse();
        }
        assertThat(EvaluationAccess.canCreate(null)).isFalse();
        // an editor without a unit has nothing to begin an evaluation of
        assertThat(EvaluationAccess.canCreate(new Actor(11, "e0", "无单位填报人", Role.UNIT_EDITOR, null, null))).isFalse();
    }

    @Test
    void aRegionIsSeenByItsReviewersAndTheAdministratorOnly() {
        List<String> regions = List.of("广州市越秀区", REGION);

        assertThat(RegionAccess.canView(actor("reviewer-own"), REGION)).isTrue();
        assertThat(RegionAccess.canView(actor("reviewer-own"), "广州市越秀区")).isFalse();
        assertThat(RegionAccess.canView(actor("admin"), "广州市越秀区")).isTrue();
        assertThat(RegionAccess.canView(actor("editor-own"), REGION)).isFalse();
        assertThat(RegionAccess.canView(null, REGION)).isFalse();
        // a reviewer is shown their own region whatever is asked; the administrator the one asked, else the first
        assertThat(RegionAccess.shown(actor("reviewer-own"), "广州市越秀区", regions, "不可")).isEqualTo(REGION);
        assertThat(RegionAccess.shown(actor("admin"), REGION, regions, "不可")).isEqualTo(REGION);
        assertThat(RegionAccess.shown(actor("admin"), "别处", regions, "不可")).isEqualTo("广州市越秀区");
        assertThatThrownBy(() -> RegionAccess.shown(actor("leader-own"), REGION, regions, "不可"))
                .isInstanceOf(NotPermittedException.class).hasMessage("不可");
        assertThat(RegionAccess.choices(actor("reviewer-own"), regions)).containsExactly(REGION);
        assertThat(RegionAccess.choices(actor("admin"), regions)).isEqualTo(regions);
        assertThat(RegionAccess.defaultFor(actor("reviewer-own"), regions)).isEqualTo(REGION);
        assertThat(RegionAccess.defaultFor(actor("admin"), regions)).isEqualTo("广州市越秀区");
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
            // the security and audit administrators are involved in no evaluation ("-other" as the strangers)
            case "secadmin-other" -> new Actor(9, "s", "安全管理员", Role.SECURITY_ADMINISTRATOR, null, null);
            case "auditor-other" -> new Actor(10, "u", "审计管理员", Role.AUDIT_ADMINISTRATOR, null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @SuppressWarnings("unused")
    private static final List<Role> EVERY_ROLE_IS_COVERED = List.of(Role.values());
}
