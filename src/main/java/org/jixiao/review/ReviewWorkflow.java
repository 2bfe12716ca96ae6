package org.jixiao.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.Evaluation;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationOrder;
import org.jixiao.evaluation.EvaluationRepository;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.ImportConditions;
import org.jixiao.evaluation.ImportedEvaluation;
import org.jixiao.evaluation.StaleEvaluationException;
import org.jixiao.evaluation.StoredEvaluation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a person does with evaluations, checked against their permissions: what they may see, edit,
 * submit, return, approve and publish. An evaluation the actor may not see is reported as not found, so that
 * its existence does not leak. Every change and transition lands in the audit trail.
 */
@Service
public class ReviewWorkflow {

    private final Evaluations evaluations;
    private final EvaluationRepository repository;
    private final AuditTrail audit;
    private final ReviewComments comments;
    private final SubmissionCheck submission;
    private final People people;
    private final ApplicationEventPublisher events;

    ReviewWorkflow(Evaluations evaluations, EvaluationRepository repository, AuditTrail audit,
            ReviewComments comments, SubmissionCheck submission, People people, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.repository = repository;
        this.audit = audit;
        this.comments = comments;
        this.submission = submission;
        this.people = people;
        this.events = events;
    }

    /** The evaluation, if the actor (null: the public) may read it. */
    @Transactional(readOnly = true)
    public StoredEvaluation read(Actor actor, long id) {
        StoredEvaluation evaluation = evaluations.find(id).orElseThrow(() -> new EvaluationNotFoundException(id));
        if (!EvaluationAccess.canRead(actor, evaluation.scope())) {
            throw new EvaluationNotFoundException(id);
        }
        return evaluation;
    }

    /** The evaluations the actor may see: the public only published ones, a unit its own, a reviewer their region. */
    public List<EvaluationSummary> visible(Actor actor, EvaluationFilter filter) {
        EvaluationFilter scoped = EvaluationAccess.visibleTo(actor, filter);
        return scoped == null ? List.of() : evaluations.summaries(scoped);
    }

    /** A page of what {@link #visible(Actor, EvaluationFilter)} gives: {@code limit} from {@code offset}. */
    public List<EvaluationSummary> visible(Actor actor, EvaluationFilter filter, int offset, int limit) {
        return visible(actor, filter, EvaluationOrder.NEWEST_YEAR_FIRST, offset, limit);
    }

    /** The same page, in that order. */
    public List<EvaluationSummary> visible(Actor actor, EvaluationFilter filter, EvaluationOrder order, int offset,
            int limit) {
        EvaluationFilter scoped = EvaluationAccess.visibleTo(actor, filter);
        return scoped == null ? List.of() : evaluations.summaries(scoped, order, offset, limit);
    }

    /** How many evaluations {@link #visible(Actor, EvaluationFilter)} gives. */
    public int countVisible(Actor actor, EvaluationFilter filter) {
        EvaluationFilter scoped = EvaluationAccess.visibleTo(actor, filter);
        return scoped == null ? 0 : evaluations.countSummaries(scoped);
    }

    /** Saves the unit editor's edit over the version they started from. */
    @Transactional
    public StoredEvaluation save(Actor actor, long id, long version, EvaluationDocument document) {
        StoredEvaluation current = read(actor, id);
        if (!EvaluationAccess.canEdit(actor, current.scope())) {
            throw new NotPermittedException(current.status().isEditable()
                    ? "只有本单位的填报人可以修改整份评价" : "状态为“" + current.status().label() + "”的评价不能修改");
        }
        return evaluations.revise(id, version, document, actor.username());
    }

    /**
     * Saves key tasks by their index: the unit editor's, or those a project leader leads. A project leader cannot
     * hand a task to someone else: its leader stays as it was.
     */
    @Transactional
    public StoredEvaluation saveKeyTasks(Actor actor, long id, long version, Map<Integer, KeyTask> edited) {
        StoredEvaluation current = read(actor, id);
        List<KeyTask> tasks = new ArrayList<>(current.document().keyTasks());
        boolean editor = EvaluationAccess.canEdit(actor, current.scope());
        edited.forEach((index, task) -> {
            if (!EvaluationAccess.canEditKeyTask(actor, current.scope(), index)) {
                throw new NotPermittedException("您不能修改第 " + (index + 1) + " 项重点工作任务");
            }
            tasks.set(index, task.withLeader(editor ? task.leader() : tasks.get(index).leader()));
        });
        return evaluations.revise(id, version, current.document().withKeyTasks(tasks), actor.username());
    }

    /**
     * Saves a 项目支出 evaluation's project part as its leader fills in the 自评表: the funds, the 年度总体目标 and the
     * project (keyTasks[0]) are taken from {@code edited}, everything else stays as stored. The leader stays as the
     * unit's editor named them.
     */
    @Transactional
    public StoredEvaluation saveProject(Actor actor, long id, long version, EvaluationDocument edited) {
        StoredEvaluation current = read(actor, id);
        if (!EvaluationAccess.canEditProject(actor, current.scope()) || edited.keyTasks().isEmpty()) {
            throw new NotPermittedException(current.status().isEditable()
                    ? "只有本单位的填报人或项目负责人可以填写项目支出绩效自评表"
                    : "状态为“" + current.status().label() + "”的评价不能修改");
        }
        EvaluationDocument stored = current.document();
        List<KeyTask> tasks = new ArrayList<>(stored.keyTasks());
        tasks.set(0, edited.keyTasks().get(0).withLeader(tasks.get(0).leader()));
        EvaluationDocument document = stored.withFunds(edited.funds()).withGoals(edited.goals()).withKeyTasks(tasks);
        return evaluations.revise(id, version, document, actor.username());
    }

    /** 绩效目标申报: next year's evaluation begun from this one, by the unit that reports it. */
    @Transactional
    public StoredEvaluation beginNextYear(Actor actor, long id) {
        permitted(actor, id, EvaluationAccess::canBeginNextYear, "只有本单位的填报人可以申报下一年度的绩效目标");
        return evaluations.beginNextYear(id, actor.username());
    }

    /**
     * 新建评价: a new draft of the actor's own unit, whatever unit the document names, refused where the unit has that
     * evaluation already ({@link org.jixiao.evaluation.EvaluationExistsException}); created in one transaction with
     * its entry in the audit trail.
     */
    @Transactional
    public StoredEvaluation create(Actor actor, EvaluationDocument document) {
        return evaluations.create(document.withDepartment(ownDepartment(actor)), actor.username());
    }

    /**
     * The unit the actor begins evaluations of (新建评价), as a document names it; refused for anyone who begins
     * none ({@link EvaluationAccess#canCreate}).
     */
    @Transactional(readOnly = true)
    public Department ownDepartment(Actor actor) {
        if (!EvaluationAccess.canCreate(actor)) {
            throw new NotPermittedException("只有单位填报人可以新建本单位的评价");
        }
        return evaluations.unit(actor.unitId()).orElseThrow().toDepartment();
    }

    /**
     * What a new evaluation of {@code year} begins with when it starts from the actor's unit's evaluation of the
     * year before, of the same kind and project: that evaluation as 申报下一年度 carries it (targets kept, results
     * cleared). Empty where the unit has none.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationDocument> fromLastYear(Actor actor, int year, Kind kind, String project) {
        ownDepartment(actor);
        return evaluations.find(actor.unitId(), year - 1, kind, kind == Kind.PROJECT ? project : "")
                .filter(last -> EvaluationAccess.canRead(actor, last.scope())).map(evaluations::nextYearOf);
    }

    /**
     * What a new evaluation of {@code year} begins with when it starts from the goals approved for it with the
     * budget: the actor's unit's approved or published goal sheet of that year, kind and project, as a
     * self-evaluation without results (docs/goals.md, "Approved goals drive the year"). Empty where there is none.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationDocument> fromApprovedGoals(Actor actor, int year, Kind kind, String project) {
        Department unit = ownDepartment(actor);
        return evaluations.approved(actor.unitId(), year, kind, kind == Kind.PROJECT ? project : "")
                .map(approved -> approved.sheet().asSelfEvaluation().withDepartment(unit));
    }

    /** The evaluation's score and findings now, as its workspace finds them; not found where it may not be read. */
    @Transactional(readOnly = true)
    public EvaluationScoring.Assessment assessment(Actor actor, long id) {
        return evaluations.assess(read(actor, id));
    }

    /**
     * Stores a report the actor uploaded and checked: a unit editor's goes to their own unit (whatever the report
     * names), a reviewer's to a unit of their region, the administrator's where it says. Creates a draft, or
     * revises the draft of the same unit, year and subject; an evaluation under review is not overwritten.
     */
    @Transactional
    public long importReport(Actor actor, EvaluationDocument document) {
        return evaluations.importDocuments(List.of(placed(actor, document, ownUnit(actor))), actor.username(),
                ImportConditions.by(actor)).get(0).id();
    }

    /**
     * Stores documents sent through the API, all or nothing, placed as {@link #importReport} places an upload; a
     * unit editor's documents must name their own unit, so that a batch of several units is refused rather than
     * merged into one.
     */
    @Transactional
    public List<ImportedEvaluation> importDocuments(Actor actor, List<EvaluationDocument> documents) {
        return importDocuments(actor, documents, null);
    }

    /**
     * As {@link #importDocuments(Actor, List)}, for a client that says which version it replaces (If-Match; an
     * {@link ImportConditions} constant for "*" or If-None-Match), which only makes sense of one document.
     */
    @Transactional
    public List<ImportedEvaluation> importDocuments(Actor actor, List<EvaluationDocument> documents,
            Long expectedVersion) {
        if (expectedVersion != null && documents.size() != 1) {
            throw new IllegalArgumentException("If-Match / If-None-Match 只能用于导入一份文档，而请求中有 "
                    + documents.size() + " 份");
        }
        List<EvaluationDocument> placed = new ArrayList<>();
        Department own = ownUnit(actor); // looked up once for the whole batch
        for (int i = 0; i < documents.size(); i++) {
            EvaluationDocument document = documents.get(i);
            String named = document.department().name();
            if (own != null && !own.name().equals(named)) {
                String which = documents.size() == 1 ? "文档（$.department.name）"
                        : "第 " + (i + 1) + " 份文档（$[" + i + "].department.name）";
                throw new NotPermittedException(which + "的单位是“" + named + "”：您只能导入本单位（" + own.name() + "）的评价");
            }
            placed.add(placed(actor, document, own));
        }
        return evaluations.importDocuments(placed, actor.username(), new ImportConditions(actor, expectedVersion));
    }

    /**
     * What the unit already has of a report the actor is about to import (placed as {@link #importReport} places
     * it): its evaluations of the same year and kind that the actor may see, and what importing would do. Empty
     * where it has none.
     */
    @Transactional(readOnly = true)
    public Optional<AlreadyStored> alreadyStored(Actor actor, EvaluationDocument document) {
        EvaluationDocument placed = placed(actor, document, ownUnit(actor));
        List<StoredEvaluation> same = evaluations.ofTheSameUnitYearAndKind(placed).stream()
                .filter(e -> EvaluationAccess.canRead(actor, e.scope())).toList();
        return same.isEmpty() ? Optional.empty() : Optional.of(AlreadyStored.of(actor, placed, same));
    }

    /** The document in the unit {@link EvaluationAccess#importedInto} sends it to. */
    private static EvaluationDocument placed(Actor actor, EvaluationDocument document, Department own) {
        return document.withDepartment(EvaluationAccess.importedInto(actor, document.department(), own));
    }

    /** The actor's own unit where what they import goes there, else null. */
    private Department ownUnit(Actor actor) {
        return EvaluationAccess.importsForOwnUnitOnly(actor)
                ? evaluations.unit(actor.unitId()).orElseThrow().toDepartment() : null;
    }

    /** The documents of the evaluations the actor may see that the filter selects, as {@code export} writes them. */
    @Transactional(readOnly = true)
    public List<StoredEvaluation> export(Actor actor, EvaluationFilter filter) {
        return visible(actor, filter).stream().map(summary -> read(actor, summary.id())).toList();
    }

    /**
     * 送审 by a caller that has shown the unit its warnings, or has none to show (the demo, tests): an evaluation
     * with errors is refused all the same.
     */
    @Transactional
    public void submit(Actor actor, long id) {
        submit(actor, id, null, true);
    }

    /**
     * 送审 of the version the client read (If-Match), or of any where null. Refused with the findings
     * ({@link SubmissionRefusedException}) while the evaluation has errors, or warnings the unit has not confirmed.
     */
    @Transactional
    public void submit(Actor actor, long id, Long expectedVersion, boolean warningsConfirmed) {
        StoredEvaluation current = permitted(actor, id, EvaluationAccess::canSubmit,
                "只有本单位的填报人可以提交草稿或退回的评价");
        if (expectedVersion != null && expectedVersion != current.version()) {
            // the findings of a version the client has not seen would confirm nothing
            throw new StaleEvaluationException(expectedVersion, current.version());
        }
        submission.refuseUnlessReady(current, warningsConfirmed);
        comments.resolveAll(id);
        transition(id, current.version(), Evaluation::submit);
        audit.transition(id, actor.username(), AuditAction.SUBMITTED, null);
    }

    /** 退回, with the reviewer's comments per section (at least one). */
    @Transactional
    public void returnForRevision(Actor actor, long id, Map<String, String> commentsBySection) {
        returnForRevision(actor, id, commentsBySection, null);
    }

    /** 退回 of the version the client read (If-Match), or of any where null. */
    @Transactional
    public void returnForRevision(Actor actor, long id, Map<String, String> commentsBySection, Long expectedVersion) {
        StoredEvaluation current = permitted(actor, id, EvaluationAccess::canReview,
                "只有本区财政审核人可以退回已提交的评价");
        Map<String, String> given = new LinkedHashMap<>();
        commentsBySection.forEach((section, body) -> {
            if (body != null && !body.isBlank()) {
                if (!ReviewSection.isKnown(section)) {
                    throw new IllegalArgumentException("未知的章节：" + section);
                }
                given.put(section, body.strip());
            }
        });
        if (given.isEmpty()) {
            throw new IllegalArgumentException("退回时请至少写一条意见，说明要修改什么");
        }
        transition(id, expected(current, expectedVersion), Evaluation::returnForRevision);
        given.forEach((section, body) -> comments.add(id, section, body, actor.username()));
        audit.transition(id, actor.username(), AuditAction.RETURNED,
                String.join("\n", formatted(given, current.document().kind())));
    }

    /** 审核通过. */
    @Transactional
    public void approve(Actor actor, long id, String comment) {
        approve(actor, id, comment, null);
    }

    /** 审核通过 of the version the client read (If-Match), or of any where null. */
    @Transactional
    public void approve(Actor actor, long id, String comment, Long expectedVersion) {
        StoredEvaluation current = permitted(actor, id, EvaluationAccess::canReview,
                "只有本区财政审核人可以审核已提交的评价");
        transition(id, expected(current, expectedVersion), Evaluation::approve);
        audit.transition(id, actor.username(), AuditAction.APPROVED, comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** 公开. */
    @Transactional
    public void publish(Actor actor, long id) {
        publish(actor, id, null);
    }

    /** 公开 of the version the client read (If-Match), or of any where null. */
    @Transactional
    public void publish(Actor actor, long id, Long expectedVersion) {
        StoredEvaluation current = permitted(actor, id, EvaluationAccess::canPublish,
                "只有本区财政审核人可以公开已审核的评价");
        transition(id, expected(current, expectedVersion), Evaluation::publish);
        audit.transition(id, actor.username(), AuditAction.PUBLISHED, null);
        // in this transaction: the report is signed as published, or not published at all
        events.publishEvent(new EvaluationPublished(id, actor.username(), actor.displayName(), Instant.now()));
    }

    public List<AuditEvent> audit(Actor actor, long id) {
        StoredEvaluation current = read(actor, id);
        if (!EvaluationAccess.canReadAudit(actor, current.scope())) {
            throw new EvaluationNotFoundException(id);
        }
        return audit.of(id);
    }

    /** The reviewers' comments, newest return first: for the people the evaluation concerns. */
    public List<ReviewComment> comments(Actor actor, long id) {
        readInside(actor, id);
        return comments.of(id);
    }

    /** Who submitted it last and who reviewed it last, by name: for the people the evaluation concerns. */
    public Participants participants(Actor actor, long id) {
        readInside(actor, id);
        return people.of(id);
    }

    /** The evaluation for a view of its inside (monitoring, comments): only for the people it concerns. */
    public StoredEvaluation readInside(Actor actor, long id) {
        StoredEvaluation current = read(actor, id);
        if (!EvaluationAccess.isInvolved(actor, current.scope())) {
            throw new EvaluationNotFoundException(id);
        }
        return current;
    }

    /** The evaluation, where the actor may take the step; else refused with the reason. */
    private StoredEvaluation permitted(Actor actor, long id, BiPredicate<Actor, EvaluationScope> may, String refusal) {
        StoredEvaluation current = read(actor, id);
        if (!may.test(actor, current.scope())) {
            throw new NotPermittedException(refusal);
        }
        return current;
    }

    private static long expected(StoredEvaluation current, Long expectedVersion) {
        return expectedVersion != null ? expectedVersion : current.version();
    }

    private void transition(long id, long version, Consumer<Evaluation> step) {
        Evaluation evaluation = repository.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
        if (evaluation.version() != version) {
            throw new StaleEvaluationException(version, evaluation.version());
        }
        step.accept(evaluation);
        try {
            repository.save(evaluation);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEvaluationException(version, version + 1);
        }
    }

    private static List<String> formatted(Map<String, String> given, Kind kind) {
        return given.entrySet().stream().map(e -> ReviewSection.labelOf(e.getKey(), kind) + "：" + e.getValue())
                .toList();
    }
}
