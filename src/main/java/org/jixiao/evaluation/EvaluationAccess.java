package org.jixiao.evaluation;

import java.util.List;
import java.util.Objects;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.document.Department;

/**
 * Who may do what with an evaluation: the one place that decides it, asked by every service and page that reads or
 * changes one. A unit's people see only their unit, a reviewer only their region, the public only what is
 * published. The administrator manages accounts and settings, not evaluations' content: reviewing and editing stay
 * with the people answerable for them.
 */
public final class EvaluationAccess {

    private EvaluationAccess() {
    }

    /** Whether the actor (null: the public, not logged in) may read the evaluation. */
    public static boolean canRead(Actor actor, EvaluationScope scope) {
        // what is published is everyone's to read, logged in or not
        return scope.status() == EvaluationStatus.PUBLISHED || isInvolved(actor, scope);
    }

    /**
     * Whether the actor is one of the people the evaluation concerns: its unit, its region's reviewers, the
     * administrator. Only they see its inside (audit trail, review comments, monitoring), published or not.
     */
    public static boolean isInvolved(Actor actor, EvaluationScope scope) {
        if (actor == null) {
            return false;
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> true;
            case FINANCE_REVIEWER -> inRegion(actor, scope);
            case UNIT_EDITOR, PROJECT_LEADER -> inUnit(actor, scope);
            // the security and audit administrators look after accounts and logs, not evaluations
            case SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR -> false;
            // third parties reach a unit's evaluation only through an in-depth evaluation assigned to them
            case THIRD_PARTY_EVALUATOR, EXPERT -> false;
        };
    }

    /**
     * The filter narrowed to what the actor may see (the public: published ones), or null where it asks for none
     * of that: a filter naming another unit or region than the actor's own finds nothing, rather than their own.
     */
    public static EvaluationFilter visibleTo(Actor actor, EvaluationFilter filter) {
        if (actor == null) {
            if (filter.statuses() != null && !filter.statuses().contains(EvaluationStatus.PUBLISHED)) {
                return null; // asked for drafts or the like: none is public
            }
            return filter.withStatuses(List.of(EvaluationStatus.PUBLISHED));
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> filter;
            case SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR, THIRD_PARTY_EVALUATOR, EXPERT -> visibleTo(null, filter);
            case FINANCE_REVIEWER -> filter.region() != null && !filter.region().equals(actor.region()) ? null
                    : filter.withRegion(actor.region());
            case UNIT_EDITOR, PROJECT_LEADER -> filter.unitId() != null && !filter.unitId().equals(actor.unitId())
                    ? null : filter.withUnit(actor.unitId());
        };
    }

    /** Whether the actor's list of evaluations opens on those waiting for their review: a region's reviewers. */
    public static boolean reviewsSubmissions(Actor actor) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER);
    }

    /** Whether the actor may change every part of the evaluation (functions, funds, goals, narrative, all tasks). */
    public static boolean canEdit(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && inUnit(actor, scope) && scope.status().isEditable();
    }

    /** Whether the actor may change key task {@code index}: the unit editor, or the leader the task names. */
    public static boolean canEditKeyTask(Actor actor, EvaluationScope scope, int index) {
        if (index < 0 || index >= scope.leaders().size()) {
            return false;
        }
        if (canEdit(actor, scope)) {
            return true;
        }
        return actor != null && actor.is(Role.PROJECT_LEADER) && inUnit(actor, scope) && scope.status().isEditable()
                && Objects.equals(scope.leaders().get(index), actor.displayName());
    }

    /**
     * Whether the actor may change a 项目支出 evaluation's project part, all its 自评表 asks of the project: its funds,
     * its 年度总体目标 and the project (keyTasks[0]) itself. The unit editor, or the project's leader, who fills the
     * form in; the unit's editor still names the leader and submits.
     */
    public static boolean canEditProject(Actor actor, EvaluationScope scope) {
        return scope.project() && canEditKeyTask(actor, scope, 0);
    }

    /** Whether the actor may change anything at all in it (to offer the workspace). */
    public static boolean canEditSomething(Actor actor, EvaluationScope scope) {
        if (canEdit(actor, scope)) {
            return true;
        }
        for (int i = 0; i < scope.leaders().size(); i++) {
            if (canEditKeyTask(actor, scope, i)) {
                return true;
            }
        }
        return false;
    }

    public static boolean canSubmit(Actor actor, EvaluationScope scope) {
        return canEdit(actor, scope);
    }

    /** Return or approve: a reviewer of the unit's region, once the unit has submitted. */
    public static boolean canReview(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, scope)
                && scope.status() == EvaluationStatus.SUBMITTED;
    }

    public static boolean canPublish(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, scope)
                && scope.status() == EvaluationStatus.APPROVED;
    }

    /** The audit trail: everyone who may read the evaluation, except the public. */
    public static boolean canReadAudit(Actor actor, EvaluationScope scope) {
        return isInvolved(actor, scope);
    }

    /** 绩效目标申报: next year's evaluation is begun by the editor of the unit that reports it, whatever its status. */
    public static boolean canBeginNextYear(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && inUnit(actor, scope);
    }

    /**
     * 新建评价: a unit's editor begins an evaluation of their own unit, a department's or a project's, blank, from last
     * year's or from the library's suggestions. Nobody else writes one from nothing: a reviewer imports a region's
     * reports, the administrators write none (三员分立), a project leader works in the projects they are named for.
     */
    public static boolean canCreate(Actor actor) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null;
    }

    /**
     * Mid-year monitoring of key task {@code index}: the unit editor reports every task, a project leader the tasks
     * that name them, until the monitoring is settled.
     */
    public static boolean canReportProgress(Actor actor, EvaluationScope scope, int index) {
        if (actor == null || index < 0 || index >= scope.leaders().size() || !inUnit(actor, scope)
                || isMonitoringSettled(scope)) {
            return false;
        }
        return actor.is(Role.UNIT_EDITOR)
                || actor.is(Role.PROJECT_LEADER) && Objects.equals(actor.displayName(), scope.leaders().get(index));
    }

    /**
     * Whether the evaluation's monitoring figures are settled, for everyone: once the bureau has approved the
     * self-evaluation they are part of what it approved, and once published part of the public record. Until then
     * they stay open: monitoring is reported during the budget year, while the evaluation is a draft, and the
     * self-evaluation after it, when December's figures may still be corrected under review; every change is in
     * the audit trail, which the reviewer reads.
     */
    public static boolean isMonitoringSettled(EvaluationScope scope) {
        return scope.status() == EvaluationStatus.APPROVED || scope.status() == EvaluationStatus.PUBLISHED;
    }

    /** Whether the actor imports reports at all: a unit's editor, for the unit, or a reviewer, for the region. */
    public static boolean canImport(Actor actor) {
        return actor != null && (actor.is(Role.UNIT_EDITOR) || actor.is(Role.FINANCE_REVIEWER));
    }

    /**
     * Whether what the actor imports goes to their own unit only, whatever unit the report names: a unit's
     * people. Reviewers place a report in a unit of their region.
     */
    public static boolean importsForOwnUnitOnly(Actor actor) {
        return actor != null && actor.is(Role.UNIT_EDITOR);
    }

    /**
     * The unit a report the actor imports is stored under: a unit editor's goes to their own unit ({@code own}),
     * whatever the report names; a reviewer's to the unit it names, in the reviewer's region. A project leader
     * imports no whole report, the administrators none at all (三员分立), and nobody logged out.
     */
    public static Department importedInto(Actor actor, Department named, Department own) {
        if (actor == null) {
            throw new NotPermittedException("请先登录");
        }
        return switch (actor.role()) {
            case UNIT_EDITOR -> own;
            case FINANCE_REVIEWER -> {
                String region = named.region();
                if (region != null && !region.equals(actor.region())) {
                    throw new NotPermittedException("报告的单位属于" + region + "，您只能导入" + actor.region() + "的单位");
                }
                yield new Department(named.name(), named.code(), actor.region(), named.parent(), named.extensions());
            }
            case PROJECT_LEADER -> throw new NotPermittedException("项目负责人不能导入整份报告，请由本单位填报人导入");
            // 三员分立: the administrators write no evaluation; a region's past reports come in through its
            // reviewers, or through the operator's command line
            case ADMINISTRATOR, SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR -> throw new NotPermittedException(
                    actor.role().label() + "不填报评价：报告请由单位填报人或本区财政审核人导入");
            case THIRD_PARTY_EVALUATOR, EXPERT -> throw new NotPermittedException(
                    actor.role().label() + "不导入单位的报告：请在分配给您的重点绩效评价中查阅单位资料");
        };
    }

    private static boolean inUnit(Actor actor, EvaluationScope scope) {
        return actor.unitId() != null && actor.unitId() == scope.unitId();
    }

    private static boolean inRegion(Actor actor, EvaluationScope scope) {
        return actor.region() != null && actor.region().equals(scope.region());
    }
}
