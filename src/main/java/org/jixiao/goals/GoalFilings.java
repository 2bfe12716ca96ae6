package org.jixiao.goals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.GoalChecks;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.document.ProjectNames;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.evaluation.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效目标管理: a unit begins, edits and submits its goal sheets; the region's finance reviewer returns them with
 * comments or approves them, per criterion, and publishes them with the budget. Every step asks {@link GoalAccess},
 * is refused by {@link GoalFiling} where its status does not allow it, and is written to the audit in the same
 * transaction.
 */
@Service
public class GoalFilings {

    /** What the indicator linter finds that concerns goals before the year; the rest judges results. */
    private static final Set<String> GOAL_FINDINGS = Set.of(FindingCode.MISSING_OUTPUT.name(),
            FindingCode.MISSING_BENEFIT.name(), FindingCode.MISSING_SATISFACTION.name(),
            FindingCode.GENERIC_INDICATOR.name(), FindingCode.TOO_MANY_GENERIC.name(),
            FindingCode.INPUT_AS_OUTPUT.name(), FindingCode.NOT_QUANTIFIED.name(), FindingCode.MISSING_UNIT.name(),
            FindingCode.TARGET_TOO_LOW.name(), FindingCode.TRIVIAL_TARGET.name());

    private final GoalStore store;
    private final Evaluations evaluations;
    private final EvaluationScoring scoring;
    private final ExAnteGate exAnte;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalFilings(GoalStore store, Evaluations evaluations, EvaluationScoring scoring, ExAnteGate exAnte,
            ApplicationEventPublisher events) {
        this.store = store;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.exAnte = exAnte;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * 新建: the actor's unit's sheet of the year, blank or from the unit's self-evaluation of the year before of the
     * same kind (and project). One per unit, year, kind and project.
     */
    @Transactional
    public GoalFiling begin(Actor actor, Kind kind, int year, String project, boolean fromLastYear) {
        mayFile(actor);
        if (kind == null) {
            throw new IllegalArgumentException("请选择申报表类型：项目支出或部门整体支出");
        }
        String subject = kind == Kind.PROJECT ? (project == null ? "" : project.strip()) : "";
        if (kind == Kind.PROJECT && subject.isEmpty()) {
            throw new IllegalArgumentException("项目支出绩效目标申报表请填写项目名称");
        }
        Unit unit = evaluations.unit(actor.unitId()).orElseThrow(() -> new NotPermittedException("您的账号没有所属单位"));
        GoalSheet begun;
        if (fromLastYear) {
            StoredEvaluation last = evaluations.find(unit.id(), year - 1, kind, subject).orElseThrow(
                    () -> new IllegalArgumentException("本单位没有 " + (year - 1) + " 年度"
                            + (kind == Kind.PROJECT ? "“" + subject + "”的项目支出自评" : "的部门整体支出自评")
                            + "，无法以上年度自评为基础；请选择空白新建"));
            begun = GoalSheet.fromSelfEvaluation(last.document(), year);
        } else {
            begun = GoalSheet.blank(kind, year, unit.toDepartment(), subject);
        }
        GoalSheet sheet = begun.withDepartment(unit.toDepartment());
        refuseMalformed("不能新建", sheet);
        store.idOf(unit.id(), year, kind, subject).ifPresent(existing -> {
            throw exists(sheet, existing);
        });
        Instant at = clock.instant();
        long id;
        try {
            id = store.insert(unit.id(), sheet, GoalStatus.DRAFT, at);
        } catch (DuplicateKeyException e) {
            // begun at the same moment by a colleague: theirs stands
            throw exists(sheet, store.idOf(unit.id(), year, kind, subject).orElse(0L));
        }
        store.record(id, "CREATED", actor.username(), at, fromLastYear ? "以 " + (year - 1) + " 年度自评为基础" : "空白新建");
        return store.find(id).orElseThrow();
    }

    /**
     * Refuses one who may not file a sheet: asked before a sheet sent is read, so that someone without the right
     * learns that, not how the sheet is written.
     */
    public void mayFile(Actor actor) {
        if (!GoalAccess.canCreate(actor)) {
            throw new NotPermittedException("只有单位填报人可以新建本单位的绩效目标申报表");
        }
    }

    /**
     * 新建 from a whole sheet, as a client posts it (the API): the unit's sheet of its year, kind and project, begun
     * and saved in one transaction, so that a sheet refused leaves no empty draft behind.
     */
    @Transactional
    public GoalFiling file(Actor actor, GoalSheet sheet) {
        if (sheet.fiscalYear() == null) {
            throw new GoalSheetRefusedException("不能新建", List.of(Finding.at(FindingCode.MISSING_FIELD,
                    Severity.ERROR, "$.fiscalYear", "请填写预算年度（fiscalYear），如 2027", null)));
        }
        GoalFiling begun = begin(actor, sheet.kind(), sheet.fiscalYear(), sheet.project(), false);
        return save(actor, begun.id(), begun.version(), sheet);
    }

    /** The sheet, if the actor may read it; refused alike whether it does not exist or is not theirs to see. */
    @Transactional(readOnly = true)
    public GoalFiling read(Actor actor, long id) {
        GoalFiling filing = store.find(id).orElseThrow(() -> new GoalFilingNotFoundException(id));
        if (!GoalAccess.canRead(actor, filing)) {
            throw new GoalFilingNotFoundException(id);
        }
        return filing;
    }

    /** The unit's changes, on the version the actor edited; the unit, year, kind and project stay as filed. */
    @Transactional
    public GoalFiling save(Actor actor, long id, long editedVersion, GoalSheet edited) {
        GoalFiling filing = read(actor, id);
        if (!GoalAccess.canEdit(actor, filing)) {
            refuseUnless(GoalAccess.filesForUnit(actor) && GoalAccess.isInvolved(actor, filing),
                    "只有本单位的填报人可以修改绩效目标");
            filing.revised(edited, clock.instant());
        }
        if (filing.version() != editedVersion) {
            throw new IllegalTransitionException("绩效目标已被他人修改（您编辑的是第 "
                    + editedVersion + " 版，现为第 " + filing.version() + " 版），您的修改没有保存：请重新打开后再改");
        }
        GoalSheet kept = new GoalSheet(GoalSheet.SCHEMA, filing.sheet().kind(), filing.sheet().fiscalYear(),
                filing.sheet().department(), filing.sheet().project(), edited.period(), edited.funds(),
                edited.functions(), edited.tasks(), edited.longTermGoal(), edited.annualGoal(), edited.indicators(),
                filing.sheet().extensions());
        refuseMalformed("未保存", kept);
        GoalFiling revised = filing.revised(kept, clock.instant());
        store.update(revised);
        store.record(id, "REVISED", actor.username(), revised.updatedAt(), null);
        return revised;
    }

    /** 送审: refused while the sheet lacks what it must state (the findings say what and where). */
    @Transactional
    public GoalFiling submit(Actor actor, long id) {
        GoalFiling filing = read(actor, id);
        if (!GoalAccess.canSubmit(actor, filing)) {
            // the unit's editor at the wrong step is told which status refuses it; anyone else that it is not theirs
            refuseUnless(GoalAccess.filesForUnit(actor) && GoalAccess.isInvolved(actor, filing),
                    "只有本单位的填报人可以提交绩效目标");
            filing.submitted(clock.instant());
        }
        List<Finding> errors = GoalChecks.check(filing.sheet()).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new GoalSheetRefusedException("不能提交", errors);
        }
        GoalFiling submitted = filing.submitted(clock.instant());
        store.update(submitted);
        store.record(id, "SUBMITTED", actor.username(), submitted.updatedAt(), null);
        return submitted;
    }

    /** 退回: back to the unit with the reviewer's grades and comments. */
    @Transactional
    public GoalFiling returnWith(Actor actor, long id, List<CriterionReview> criteria) {
        GoalFiling filing = reviewable(actor, id);
        GoalFiling returned = filing.returned(clock.instant());
        GoalReview review = GoalReview.returning(criteria, actor.username(), returned.updatedAt());
        store.update(returned);
        store.insertReview(id, review);
        store.record(id, "RETURNED", actor.username(), returned.updatedAt(), summary(review));
        return returned;
    }

    /**
     * 审核通过: every criterion graded, none 差; a new project at or above the region's threshold only with an
     * ex-ante conclusion that supports it (docs/goals.md, "Before approval").
     */
    @Transactional
    public GoalFiling approve(Actor actor, long id, List<CriterionReview> criteria) {
        GoalFiling filing = reviewable(actor, id);
        GoalFiling approved = filing.approved(clock.instant());
        GoalReview review = GoalReview.approving(criteria, actor.username(), approved.updatedAt());
        exAnteRefusal(filing).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        store.update(approved);
        store.insertReview(id, review);
        store.record(id, "APPROVED", actor.username(), approved.updatedAt(), summary(review));
        return approved;
    }

    /**
     * 公开: an approved sheet published with the budget, for everyone to read; its copy signed and kept in the same
     * transaction ({@link GoalSheetPublished}). From then on the sheet never changes: every step refuses it, and the
     * store writes no published row again.
     */
    @Transactional
    public GoalFiling publish(Actor actor, long id) {
        GoalFiling filing = read(actor, id);
        if (!GoalAccess.canPublish(actor, filing)) {
            refuseUnless(GoalAccess.reviewsRegion(actor) && GoalAccess.isInvolved(actor, filing),
                    "只有本区财政审核人可以公开绩效目标");
            filing.published(clock.instant());
        }
        GoalFiling published = filing.published(clock.instant());
        store.update(published);
        store.record(id, "PUBLISHED", actor.username(), published.updatedAt(), null);
        String by = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        events.publishEvent(new GoalSheetPublished(id, published.version(), published.sheet(), by,
                published.updatedAt()));
        return published;
    }

    /** The actor's unit's sheets, the latest year first. */
    @Transactional(readOnly = true)
    public List<GoalSummary> ofOwnUnit(Actor actor) {
        if (!GoalAccess.filesForUnit(actor)) {
            throw new NotPermittedException("只有单位填报人有本单位的绩效目标申报列表");
        }
        return store.ofUnit(actor.unitId());
    }

    /** The reviewer's region's sheets past the draft, those waiting for review first. */
    @Transactional(readOnly = true)
    public List<GoalSummary> ofOwnRegion(Actor actor) {
        if (!GoalAccess.reviewsRegion(actor)) {
            throw new NotPermittedException("只有财政审核人审核本区的绩效目标");
        }
        return store.ofRegion(actor.region());
    }

    /**
     * The sheets the actor has a list of, a year or all: a unit's editor its unit's, a reviewer its region's past the
     * draft, everyone else (the public too) the published ones, as the pages list them.
     */
    @Transactional(readOnly = true)
    public List<GoalSummary> visible(Actor actor, Integer year) {
        List<GoalSummary> all = GoalAccess.filesForUnit(actor) ? store.ofUnit(actor.unitId())
                : GoalAccess.reviewsRegion(actor) ? store.ofRegion(actor.region()) : store.published(year);
        return year == null ? all : all.stream().filter(s -> s.fiscalYear() == year).toList();
    }

    /** What is published, for everyone; a year or all. */
    @Transactional(readOnly = true)
    public List<GoalSummary> published(Integer year) {
        return store.published(year);
    }

    /** The reviews given, the latest first: the unit and its reviewers only. */
    @Transactional(readOnly = true)
    public List<GoalReview> reviews(Actor actor, GoalFiling filing) {
        return GoalAccess.isInvolved(actor, filing) ? store.reviews(filing.id()) : List.of();
    }

    /** Who did what: the unit and its reviewers only. */
    @Transactional(readOnly = true)
    public List<GoalEvent> events(Actor actor, GoalFiling filing) {
        return GoalAccess.isInvolved(actor, filing) ? store.events(filing.id()) : List.of();
    }

    /**
     * What stands out in the sheet: what it lacks for submission, and the indicator linter's findings that concern
     * goals (weak, generic or imprecise indicators; a target below what the unit achieved last year), each with the
     * path of its field in the sheet.
     */
    @Transactional(readOnly = true)
    public List<Finding> findings(GoalFiling filing) {
        GoalSheet sheet = filing.sheet();
        EvaluationDocument lastYear = evaluations.find(filing.unitId(), sheet.fiscalYear() - 1, sheet.kind(),
                filing.subject()).map(StoredEvaluation::document).orElse(null);
        List<Finding> linted = scoring.assess(sheet.asEvaluation(), lastYear).findings().stream()
                .filter(f -> GOAL_FINDINGS.contains(f.code())).map(GoalFilings::onSheet).toList();
        return Stream.concat(GoalChecks.check(sheet).stream(), linted.stream()).toList();
    }

    /** A linter's finding on the one key task the sheet is read as, pointed at the sheet's own field. */
    private static Finding onSheet(Finding finding) {
        String path = finding.path() == null ? null
                : finding.path().replaceFirst("^\\$\\.keyTasks\\[0]\\.indicators", "\\$.indicators")
                        .replaceFirst("^\\$\\.keyTasks\\[0]", "\\$.indicators");
        return new Finding(finding.code(), finding.severity(), null, null, finding.indicator(), path,
                finding.message(), finding.suggestion());
    }

    private GoalFiling reviewable(Actor actor, long id) {
        GoalFiling filing = read(actor, id);
        if (!GoalAccess.canReview(actor, filing)) {
            refuseUnless(GoalAccess.reviewsRegion(actor) && GoalAccess.isInvolved(actor, filing),
                    "只有本区财政审核人可以审核绩效目标");
            filing.approved(clock.instant());
        }
        return filing;
    }

    /** Refused for who the actor is, unless they are the right person at the wrong step: the step says why then. */
    private static void refuseUnless(boolean rightPerson, String notPermitted) {
        if (!rightPerson) {
            throw new NotPermittedException(notPermitted);
        }
    }

    private static void refuseMalformed(String what, GoalSheet sheet) {
        List<Finding> errors = GoalChecks.format(sheet).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new GoalSheetRefusedException(what, errors);
        }
    }

    private static GoalFilingExistsException exists(GoalSheet sheet, long existing) {
        return new GoalFilingExistsException("本单位 " + sheet.fiscalYear() + " 年度的"
                + (sheet.kind() == Kind.PROJECT ? "“" + sheet.project() + "”项目支出" : "部门整体支出")
                + "绩效目标申报表已经存在，请打开它修改，不必新建", existing);
    }

    private static String summary(GoalReview review) {
        StringBuilder text = new StringBuilder();
        for (CriterionReview c : review.criteria()) {
            if (!text.isEmpty()) {
                text.append("；");
            }
            text.append(c.criterion().label()).append(c.grade() == null ? "" : " " + c.grade().label());
        }
        String line = text.toString();
        return line.length() > 2000 ? line.substring(0, 2000) : line;
    }

    /**
     * Why the sheet may not be approved for want of an ex-ante conclusion, for its reviewer before they decide; empty
     * where it may, and for everyone else.
     */
    @Transactional(readOnly = true)
    public Optional<String> exAnteRefusal(Actor actor, GoalFiling filing) {
        return GoalAccess.canReview(actor, filing) ? exAnteRefusal(filing) : Optional.empty();
    }

    private Optional<String> exAnteRefusal(GoalFiling filing) {
        if (filing.sheet().kind() != Kind.PROJECT) {
            return Optional.empty();
        }
        GoalSheet sheet = filing.sheet();
        return exAnte.refusal(filing.unitId(), filing.region(), sheet.fiscalYear(), sheet.project(),
                sheet.funds() == null ? null : sheet.funds().total(), continuing(filing));
    }

    /**
     * A project is continuing, not new, where the unit had it in an earlier year: goals approved for it, or a
     * self-evaluation of it (matched by its name as {@link ProjectNames} compares it).
     */
    private boolean continuing(GoalFiling filing) {
        String project = filing.sheet().project();
        int year = filing.sheet().fiscalYear();
        return store.approvedProjectsBefore(filing.unitId(), year).stream()
                .anyMatch(earlier -> ProjectNames.same(earlier, null, project, null))
                || evaluations.summaries(EvaluationFilter.ALL.withUnit(filing.unitId())).stream()
                        .anyMatch(e -> e.kind() == Kind.PROJECT && e.fiscalYear() < year
                                && ProjectNames.same(e.subject(), null, project, null));
    }

    /** The unit's department as the system knows it, for a page that shows it before a sheet exists. */
    @Transactional(readOnly = true)
    public Department unitOf(Actor actor) {
        return actor == null || actor.unitId() == null ? null
                : evaluations.unit(actor.unitId()).map(Unit::toDepartment).orElse(null);
    }
}
