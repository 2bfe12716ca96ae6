package org.jixiao.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.Kind;
import org.jixiao.scoring.ApprovedTargetChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the rest of the application does with stored evaluations: import documents (all or nothing), read one
 * back as a document, list and export them.
 */
@Service
public class Evaluations {

    /** The actor of changes made by the command line and by the installation itself. */
    public static final String SYSTEM = "system";

    private final EvaluationRepository evaluations;
    private final UnitRepository units;
    private final EvaluationQueries queries;
    private final ApplicationEventPublisher events;
    private final EvaluationScoring scoring;
    private final EvaluationBatches batches;
    private final TransactionTemplate transactions;
    /** The goals approved for a year, where the application has goals: looked up on use, goals uses this module. */
    private final ObjectProvider<ApprovedGoals> approvedGoals;

    Evaluations(EvaluationRepository evaluations, UnitRepository units, EvaluationQueries queries,
            ApplicationEventPublisher events, EvaluationScoring scoring, EvaluationBatches batches,
            PlatformTransactionManager transactionManager, ObjectProvider<ApprovedGoals> approvedGoals) {
        this.approvedGoals = approvedGoals;
        this.evaluations = evaluations;
        this.units = units;
        this.queries = queries;
        this.events = events;
        this.scoring = scoring;
        this.batches = batches;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Scores and lints the evaluation's content against last year's evaluation of the same unit and subject and the
     * goals approved for its year.
     */
    private void assess(Evaluation evaluation, Unit unit, EvaluationDocument document, Instant now) {
        EvaluationDocument previous = evaluations.findByIdentity(unit.id(), document.fiscalYear() - 1,
                document.kind(), Evaluation.subjectOf(document)).map(e -> e.toDocument(unit)).orElse(null);
        evaluation.assessed(scoring.assess(document, previous, approvedSheet(unit.id(), document)),
                scoring.profileName(), now);
    }

    /** The goals approved for the evaluation's unit, year, kind and project, where there are. */
    @Transactional(readOnly = true)
    public Optional<ApprovedGoals.ApprovedGoal> approvedGoals(StoredEvaluation evaluation) {
        EvaluationDocument document = evaluation.document();
        return approved(evaluation.unitId(), document.fiscalYear(), document.kind(), Evaluation.subjectOf(document));
    }

    /** Each target that differs from the goals approved for the evaluation's year, as its page lists them. */
    @Transactional(readOnly = true)
    public List<ApprovedTargetChange> changesFromApproved(StoredEvaluation evaluation) {
        return approvedGoals(evaluation).map(g -> ApprovedTargetChange.between(evaluation.document(), g.sheet()))
                .orElse(List.of());
    }

    /** The approved or published goal sheets of a unit, the latest year first: what a new evaluation may begin from. */
    @Transactional(readOnly = true)
    public List<ApprovedGoals.ApprovedGoal> approvedOfUnit(long unitId) {
        return approvedGoals.getIfAvailable(() -> ApprovedGoals.NONE).ofUnit(unitId);
    }

    /** The evaluation's score and findings now, against last year's evaluation and the goals approved for its year. */
    @Transactional(readOnly = true)
    public EvaluationScoring.Assessment assess(StoredEvaluation evaluation) {
        return assess(evaluation, evaluation.document());
    }

    /**
     * A document of the evaluation, saved or as being typed, scored and linted against the evaluation's last year
     * and the goals approved for its year, as saving would assess it.
     */
    @Transactional(readOnly = true)
    public EvaluationScoring.Assessment assess(StoredEvaluation evaluation, EvaluationDocument document) {
        return scoring.assess(document, previousYear(evaluation).orElse(null),
                approvedSheet(evaluation.unitId(), evaluation.document()));
    }

    /** The approved goals of the unit for the year, kind and project named, where there are. */
    @Transactional(readOnly = true)
    public Optional<ApprovedGoals.ApprovedGoal> approved(long unitId, Integer year, Kind kind, String project) {
        if (year == null || kind == null) {
            return Optional.empty();
        }
        return approvedGoals.getIfAvailable(() -> ApprovedGoals.NONE).find(unitId, year, kind, project);
    }

    private GoalSheet approvedSheet(long unitId, EvaluationDocument document) {
        return approved(unitId, document.fiscalYear(), document.kind(), Evaluation.subjectOf(document))
                .map(ApprovedGoals.ApprovedGoal::sheet).orElse(null);
    }

    /**
     * Scores every evaluation the filter selects again, e.g. after the scoring profile changed. Returns how many;
     * they are read, assessed and stored in batches, each batch in a transaction of its own, so that a long run
     * does not hold the whole region locked. An evaluation edited while the run goes on keeps the assessment its
     * edit stored.
     */
    public int reassess(EvaluationFilter filter) {
        return reassess(queries.ids(filter));
    }

    /**
     * Scores again the evaluations never assessed or assessed with another profile than the configured one, e.g.
     * after the deployment changed its profile. Returns how many.
     */
    public int reassessStale() {
        return reassess(queries.idsNotAssessedWith(scoring.profileName()));
    }

    private int reassess(List<Long> ids) {
        List<List<Long>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += EvaluationBatches.SIZE) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + EvaluationBatches.SIZE)));
        }
        // the next batch is read while this one is scored: reading is mostly the database's and the driver's work
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "reassess-reader"));
        try {
            int count = 0;
            Future<Batch> next = parts.isEmpty() ? null : reader.submit(() -> read(parts.get(0)));
            for (int i = 0; i < parts.size(); i++) {
                Batch batch = next.get();
                if (i + 1 < parts.size()) {
                    List<Long> following = parts.get(i + 1);
                    next = reader.submit(() -> read(following));
                }
                assess(batch);
                transactions.executeWithoutResult(status -> batches.storeAssessments(batch.evaluations().values()));
                count += batch.evaluations().size();
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("重新评分被中断", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    /** A batch of evaluations as read, with last year's evaluation of each (where there is one) and the units. */
    private record Batch(Map<Long, Evaluation> evaluations, Map<Long, Evaluation> lastYear, Map<Long, Unit> units,
            Map<Long, GoalSheet> approved) {
    }

    private Batch read(List<Long> ids) {
        Map<Long, Evaluation> loaded = batches.load(ids);
        Map<Long, Long> previousIds = batches.previousYears(loaded.values());
        Map<Long, Evaluation> previous = new HashMap<>(loaded);
        previous.putAll(batches.load(previousIds.values().stream().filter(id -> !loaded.containsKey(id))
                .collect(Collectors.toSet())));
        Map<Long, Evaluation> lastYear = new HashMap<>();
        previousIds.forEach((id, before) -> {
            if (previous.containsKey(before)) {
                lastYear.put(id, previous.get(before));
            }
        });
        Map<Long, Unit> owners = new HashMap<>();
        units.findAllById(loaded.values().stream().map(Evaluation::unitId).collect(Collectors.toSet()))
                .forEach(unit -> owners.put(unit.id(), unit));
        Map<Long, ApprovedGoals.Subject> subjects = new HashMap<>();
        for (Evaluation evaluation : loaded.values()) {
            if (evaluation.kind() != null) {
                subjects.put(evaluation.id(), new ApprovedGoals.Subject(evaluation.unitId(), evaluation.fiscalYear(),
                        evaluation.kind(), evaluation.subject()));
            }
        }
        // one query for the batch: the nightly reassessment of a region asked once per evaluation before
        Map<ApprovedGoals.Subject, ApprovedGoals.ApprovedGoal> goals = approvedGoals
                .getIfAvailable(() -> ApprovedGoals.NONE).findAll(subjects.values());
        Map<Long, GoalSheet> approved = new HashMap<>();
        subjects.forEach((id, subject) -> {
            if (goals.containsKey(subject)) {
                approved.put(id, goals.get(subject).sheet());
            }
        });
        return new Batch(loaded, lastYear, owners, approved);
    }

    /** Scoring is pure and each evaluation is assessed by one thread: the batch is scored on every core. */
    private void assess(Batch batch) {
        Instant now = Instant.now();
        String profile = scoring.profileName();
        Map<Long, EvaluationDocument> documents = new ConcurrentHashMap<>();
        batch.evaluations().values().parallelStream().forEach(evaluation -> {
            Unit unit = batch.units().get(evaluation.unitId());
            EvaluationDocument document = documents.computeIfAbsent(evaluation.id(), id -> evaluation.toDocument(unit));
            Evaluation lastYear = batch.lastYear().get(evaluation.id());
            EvaluationDocument before = lastYear == null ? null
                    : documents.computeIfAbsent(lastYear.id(), id -> lastYear.toDocument(unit));
            evaluation.assessed(scoring.assess(document, before, batch.approved().get(evaluation.id())), profile, now);
        });
    }

    /**
     * Stores the documents in one transaction: a new draft for each unit, year and subject not seen before, a
     * revision of the draft where one exists. If any document cannot be stored (an evaluation under review,
     * a database constraint), nothing is.
     */
    @Transactional
    public List<ImportedEvaluation> importDocuments(List<EvaluationDocument> documents, String actor) {
        return importDocuments(documents, actor, ImportConditions.OPERATOR);
    }

    /** As {@link #importDocuments(List, String)}, within what the conditions allow; all or nothing as well. */
    @Transactional
    public List<ImportedEvaluation> importDocuments(List<EvaluationDocument> documents, String actor,
            ImportConditions conditions) {
        List<ImportedEvaluation> imported = new ArrayList<>();
        Instant now = Instant.now();
        for (EvaluationDocument document : documents) {
            Unit unit = unitOf(document);
            Optional<Evaluation> existing = evaluations.findByIdentity(unit.id(), document.fiscalYear(),
                    document.kind(), Evaluation.subjectOf(document));
            Evaluation evaluation;
            EvaluationDocument before = null;
            if (existing.isPresent()) {
                evaluation = existing.get();
                before = evaluation.toDocument(unit);
                conditions.checkRevision(document.title(), document.fiscalYear(),
                        stored(evaluation, unit).scope(), evaluation.version());
                try {
                    evaluation.revise(document, now);
                } catch (IllegalTransitionException e) {
                    throw new IllegalTransitionException(document.title() + " " + document.fiscalYear() + " 年度："
                            + e.getMessage());
                }
            } else {
                conditions.checkCreation(document.title(), document.fiscalYear());
                evaluation = Evaluation.draft(unit.id(), document, now);
            }
            assess(evaluation, unit, document, now);
            evaluation = evaluations.save(evaluation);
            events.publishEvent(new EvaluationChanged(evaluation.id(), actor,
                    before == null ? EvaluationChanged.Change.CREATED : EvaluationChanged.Change.IMPORTED, before,
                    evaluation.toDocument(unit)));
            imported.add(new ImportedEvaluation(evaluation.id(), document.title(), document.fiscalYear(),
                    existing.isEmpty()));
        }
        return imported;
    }

    /**
     * Saves an edited document over the version the editor started from. A save based on an older version is
     * refused ({@link StaleEvaluationException}) and overwrites nothing; so is one that changes the unit, the
     * year or the project, which identify the evaluation.
     */
    @Transactional
    public StoredEvaluation revise(long id, long expectedVersion, EvaluationDocument document, String actor) {
        Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
        if (evaluation.version() != expectedVersion) {
            throw new StaleEvaluationException(expectedVersion, evaluation.version());
        }
        Unit unit = units.findById(evaluation.unitId()).orElseThrow();
        if (!unit.name().equals(document.department().name())) {
            throw new IllegalArgumentException("不能在评价中更改单位名称：请由管理员在单位管理中修改");
        }
        EvaluationDocument before = evaluation.toDocument(unit);
        // the unit is shared by all its evaluations: only its name and region identify it here
        EvaluationDocument revised = document.withDepartment(new Department(unit.name(), unit.code(), unit.region(),
                unit.parent(), document.department().extensions()));
        evaluation.revise(revised, Instant.now());
        assess(evaluation, unit, revised, Instant.now());
        try {
            evaluation = evaluations.save(evaluation);
        } catch (OptimisticLockingFailureException e) {
            long stored = evaluations.findById(id).map(Evaluation::version).orElse(expectedVersion);
            throw new StaleEvaluationException(expectedVersion, stored);
        }
        EvaluationDocument after = evaluation.toDocument(unit);
        events.publishEvent(new EvaluationChanged(id, actor, EvaluationChanged.Change.EDITED, before, after));
        return stored(evaluation, unit);
    }


    private Unit unitOf(EvaluationDocument document) {
        Unit candidate = Unit.of(document.department());
        return units.findByNameAndRegion(candidate.name(), candidate.region() == null ? "" : candidate.region())
                .map(unit -> {
                    unit.update(document.department());
                    return units.save(unit);
                })
                .orElseGet(() -> units.save(candidate));
    }

    /**
     * Begins next year's evaluation of the same unit and subject from this one (targets carried over, results
     * cleared) and assesses it at once, against this year's actual values. Refused where it exists already.
     */
    @Transactional
    public StoredEvaluation beginNextYear(long id, String actor) {
        Evaluation current = evaluations.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
        Unit unit = units.findById(current.unitId()).orElseThrow();
        EvaluationDocument next = NextYearDraft.from(current.toDocument(unit));
        if (evaluations.findByIdentity(unit.id(), next.fiscalYear(), next.kind(), Evaluation.subjectOf(next)).isPresent()) {
            throw new IllegalTransitionException(next.fiscalYear() + " 年度的评价已经存在，请直接打开修改");
        }
        long created = importDocuments(List.of(next), actor).get(0).id();
        return find(created).orElseThrow();
    }

    /**
     * Stores a new evaluation begun from nothing, from last year's or from suggestions (新建评价): a draft of the unit
     * the document names, which must exist, assessed at once against last year's. Refused
     * ({@link EvaluationExistsException}) where the unit has the evaluation of that year, kind and project already:
     * unlike an import, a new evaluation never replaces one.
     */
    @Transactional
    public StoredEvaluation create(EvaluationDocument document, String actor) {
        Department department = document.department();
        Unit unit = units.findByNameAndRegion(department.name(), department.region() == null ? "" : department.region())
                .orElseThrow(() -> new IllegalArgumentException("单位“" + department.name() + "”不存在"));
        Optional<Evaluation> existing = evaluations.findByIdentity(unit.id(), document.fiscalYear(), document.kind(),
                Evaluation.subjectOf(document));
        if (existing.isPresent()) {
            throw new EvaluationExistsException(exists(document, existing.get()), existing.get().id());
        }
        Instant now = Instant.now();
        Evaluation evaluation = Evaluation.draft(unit.id(), document, now);
        assess(evaluation, unit, document, now);
        evaluation = evaluations.save(evaluation);
        events.publishEvent(new EvaluationChanged(evaluation.id(), actor, EvaluationChanged.Change.CREATED, null,
                evaluation.toDocument(unit)));
        return stored(evaluation, unit);
    }

    /** 本单位 2024 年度的部门整体支出评价已经存在（状态：草稿）, or of the project by its name. */
    private static String exists(EvaluationDocument document, Evaluation existing) {
        String what = document.kind() == Kind.PROJECT ? "“" + Evaluation.subjectOf(document) + "”项目支出评价"
                : "部门整体支出评价";
        return "本单位 " + document.fiscalYear() + " 年度的" + what + "已经存在（状态：" + existing.status().label()
                + "），请打开它修改，不必新建";
    }

    /** The unit's evaluation of that year, kind and project ('' for a department's), where there is one. */
    @Transactional(readOnly = true)
    public Optional<StoredEvaluation> find(long unitId, int year, Kind kind, String subject) {
        return units.findById(unitId).flatMap(unit -> evaluations.findByIdentity(unitId, year, kind,
                subject == null ? "" : subject.strip()).map(evaluation -> stored(evaluation, unit)));
    }

    /**
     * Next year's draft of an evaluation, as 申报下一年度 begins it (targets carried over, results cleared), not
     * stored: what a new evaluation of the year after starts from.
     */
    public EvaluationDocument nextYearOf(StoredEvaluation evaluation) {
        return NextYearDraft.from(evaluation.document());
    }

    /**
     * Holds the evaluation's status still until the caller's transaction ends: what is written beside the
     * evaluation (monitoring figures) after checking its status is then written before any review step that
     * would forbid it, or refused after it, never in between.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdStatus(long id) {
        evaluations.lockForChange(id).orElseThrow(() -> new EvaluationNotFoundException(id));
    }

    /**
     * The stored evaluations of the unit, year and kind a document names (its unit found as an import finds it):
     * what importing it may replace, or store a second one beside.
     */
    @Transactional(readOnly = true)
    public List<StoredEvaluation> ofTheSameUnitYearAndKind(EvaluationDocument document) {
        Unit candidate = Unit.of(document.department());
        return units.findByNameAndRegion(candidate.name(), candidate.region() == null ? "" : candidate.region())
                .map(unit -> queries.summaries(new EvaluationFilter(null, document.fiscalYear(), null).withUnit(unit.id()))
                        .stream().filter(summary -> summary.kind() == document.kind())
                        .map(summary -> stored(evaluations.findById(summary.id()).orElseThrow(), unit)).toList())
                .orElse(List.of());
    }

    /** The evaluation as a document, as {@code export} writes it. */
    @Transactional(readOnly = true)
    public Optional<EvaluationDocument> document(long id) {
        return find(id).map(StoredEvaluation::document);
    }

    /**
     * The same unit's evaluation of the same subject the year before, where there is one: its actual values are
     * what this year's targets are held against.
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationDocument> previousYear(StoredEvaluation evaluation) {
        EvaluationDocument document = evaluation.document();
        return units.findById(evaluation.unitId()).flatMap(unit -> evaluations.findByIdentity(unit.id(),
                document.fiscalYear() - 1, document.kind(), Evaluation.subjectOf(document)).map(e -> e.toDocument(unit)));
    }

    /** The evaluation with its status and version. */
    @Transactional(readOnly = true)
    public Optional<StoredEvaluation> find(long id) {
        return evaluations.findById(id)
                .map(evaluation -> stored(evaluation, units.findById(evaluation.unitId()).orElseThrow()));
    }

    private static StoredEvaluation stored(Evaluation evaluation, Unit unit) {
        return new StoredEvaluation(evaluation.id(), unit.id(), evaluation.status(), evaluation.version(),
                evaluation.updatedAt(), evaluation.toDocument(unit));
    }

    /** Every evaluation, newest year first, without loading their content. */
    public List<EvaluationSummary> summaries() {
        return queries.summaries(EvaluationFilter.ALL);
    }

    public List<EvaluationSummary> summaries(EvaluationFilter filter) {
        return queries.summaries(filter);
    }

    /** A page of the summaries the filter selects: {@code limit} from {@code offset}, newest year first. */
    public List<EvaluationSummary> summaries(EvaluationFilter filter, int offset, int limit) {
        return queries.summaries(filter, EvaluationOrder.NEWEST_YEAR_FIRST, offset, limit);
    }

    /** A page of the summaries the filter selects, in that order. */
    public List<EvaluationSummary> summaries(EvaluationFilter filter, EvaluationOrder order, int offset, int limit) {
        return queries.summaries(filter, order, offset, limit);
    }

    public int countSummaries(EvaluationFilter filter) {
        return queries.count(filter);
    }

    /** How many the filter selects have too little to score (no key task, or no key task with an indicator). */
    public int countNotScorable(EvaluationFilter filter) {
        return queries.countNotScorable(filter);
    }

    /** The documents of the evaluations the filter selects, for export. */
    @Transactional(readOnly = true)
    public List<StoredEvaluation> export(EvaluationFilter filter) {
        return queries.summaries(filter).stream().map(summary -> find(summary.id()).orElseThrow()).toList();
    }

    public long count() {
        return evaluations.count();
    }

    /** A unit the administrator enters before any of its evaluations arrives. */
    @Transactional
    public Unit createUnit(String name, String region, String code, String parent) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("请填写单位名称（最多 200 字）");
        }
        if (region == null || region.isBlank() || region.strip().length() > 100) {
            throw new IllegalArgumentException("请填写单位所属的行政区划（最多 100 字）");
        }
        if (code != null && code.strip().length() > 64) {
            throw new IllegalArgumentException("单位编码最多 64 个字符");
        }
        if (parent != null && parent.strip().length() > 200) {
            throw new IllegalArgumentException("主管部门名称最多 200 字");
        }
        refuseHidden("单位名称", name);
        refuseHidden("行政区划", region);
        refuseHidden("单位编码", code);
        refuseHidden("主管部门名称", parent);
        if (unit(name.strip(), region.strip()).isPresent()) {
            throw new IllegalArgumentException(region.strip() + "已有名为“" + name.strip() + "”的单位");
        }
        return units.save(Unit.of(new Department(name, code, region, parent, null)));
    }

    /** A name that would show otherwise than it reads (U+202E turns it round) or as another's (U+200B) is refused. */
    private static void refuseHidden(String field, String name) {
        String hidden = HiddenCharacters.problem(field, name);
        if (hidden != null) {
            throw new IllegalArgumentException(hidden);
        }
    }

    /** The regions units belong to, by name. */
    public List<String> regions() {
        return queries.regions();
    }

    /** Evaluations per fiscal year and status, newest year first. */
    public List<YearCount> years() {
        return queries.years();
    }

    /** Every unit, by region and name. */
    public List<Unit> units() {
        return units.findAllByOrderByRegionAscNameAsc();
    }

    public Optional<Unit> unit(long id) {
        return units.findById(id);
    }

    /** The unit of that name in that region (null: unknown region). */
    public Optional<Unit> unit(String name, String region) {
        return units.findByNameAndRegion(name, region == null ? "" : region);
    }
}
