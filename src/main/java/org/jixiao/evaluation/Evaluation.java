package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;
import org.jixiao.document.StatedScore;
import org.jixiao.evaluation.NarrativeItem.Section;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One self-evaluation as stored: the aggregate root. Its content is the evaluation document; its status moves
 * through review only by the transition methods, which refuse a step the current status does not allow.
 */
@Table("evaluation")
public class Evaluation {

    @Id
    private Long id;
    @Column("unit_id")
    private AggregateReference<Unit, Long> unit;
    private Kind kind;
    private int fiscalYear;
    /** The project's name for a project evaluation, '' for a department's: one evaluation per unit, year and subject. */
    private String subject;
    private EvaluationStatus status;
    private BigDecimal budget;
    private BigDecimal initialBudget;
    private BigDecimal executed;
    private BigDecimal executionRate;
    private BigDecimal carryover;
    private BigDecimal basicSpending;
    private BigDecimal projectSpending;
    private BigDecimal personnelSpending;
    private BigDecimal publicUseSpending;
    private String conclusion;
    /** 单位自评得分, 自评等级 and the sentence they were read from: what the report states, not jixiao's score. */
    private BigDecimal statedTotal;
    private String statedGrade;
    private String statedText;
    private String scoreJson;
    private String extensionsJson;
    @MappedCollection(idColumn = "evaluation_id", keyColumn = "item_index")
    private List<NarrativeItem> texts = new ArrayList<>();
    @MappedCollection(idColumn = "evaluation_id", keyColumn = "source_index")
    private List<FundSourceLine> fundSources = new ArrayList<>();
    @MappedCollection(idColumn = "evaluation_id", keyColumn = "task_index")
    private List<EvaluationKeyTask> keyTasks = new ArrayList<>();
    private BigDecimal totalScore;
    private String grade;
    /** Why the content has no total and no grade (Unscorable: NO_KEY_TASKS, NO_INDICATORS,
     * NO_ACTUALS); null where scored. */
    private String notScorable;
    private String scoringProfile;
    private int errorCount;
    private int warningCount;
    private int indicatorCount;
    private int indicatorsMet;
    private Instant assessedAt;
    /** When the unit last submitted it (送审); null for a draft never submitted. */
    private Instant submittedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Evaluation() {
    }

    /**
     * The aggregate from its rows, read in bulk ({@link EvaluationBatches}) rather than by the repository's query
     * per collection: the same columns the repository maps, so that it is the same aggregate.
     */
    static Evaluation fromRow(ResultSet row, List<NarrativeItem> texts, List<FundSourceLine> fundSources,
            List<EvaluationKeyTask> keyTasks) throws SQLException {
        Evaluation evaluation = new Evaluation();
        evaluation.id = row.getLong("id");
        evaluation.unit = AggregateReference.to(row.getLong("unit_id"));
        evaluation.kind = Kind.valueOf(row.getString("kind"));
        evaluation.fiscalYear = row.getInt("fiscal_year");
        evaluation.subject = row.getString("subject");
        evaluation.status = EvaluationStatus.valueOf(row.getString("status"));
        evaluation.budget = row.getBigDecimal("budget");
        evaluation.initialBudget = row.getBigDecimal("initial_budget");
        evaluation.executed = row.getBigDecimal("executed");
        evaluation.executionRate = row.getBigDecimal("execution_rate");
        evaluation.carryover = row.getBigDecimal("carryover");
        evaluation.basicSpending = row.getBigDecimal("basic_spending");
        evaluation.projectSpending = row.getBigDecimal("project_spending");
        evaluation.personnelSpending = row.getBigDecimal("personnel_spending");
        evaluation.publicUseSpending = row.getBigDecimal("public_use_spending");
        evaluation.conclusion = row.getString("conclusion");
        evaluation.statedTotal = row.getBigDecimal("stated_total");
        evaluation.statedGrade = row.getString("stated_grade");
        evaluation.statedText = row.getString("stated_text");
        evaluation.scoreJson = row.getString("score_json");
        evaluation.extensionsJson = row.getString("extensions_json");
        evaluation.texts = new ArrayList<>(texts);
        evaluation.fundSources = new ArrayList<>(fundSources);
        evaluation.keyTasks = new ArrayList<>(keyTasks);
        evaluation.totalScore = row.getBigDecimal("total_score");
        evaluation.grade = row.getString("grade");
        evaluation.notScorable = row.getString("not_scorable");
        evaluation.scoringProfile = row.getString("scoring_profile");
        evaluation.errorCount = row.getInt("error_count");
        evaluation.warningCount = row.getInt("warning_count");
        evaluation.indicatorCount = row.getInt("indicator_count");
        evaluation.indicatorsMet = row.getInt("indicators_met");
        evaluation.assessedAt = instant(row, "assessed_at");
        evaluation.submittedAt = instant(row, "submitted_at");
        evaluation.version = row.getLong("version");
        evaluation.createdAt = instant(row, "created_at");
        evaluation.updatedAt = instant(row, "updated_at");
        return evaluation;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The assessment columns as stored, in the order {@link EvaluationBatches} writes them. */
    Object[] assessmentColumns() {
        return new Object[] {totalScore, grade, notScorable, scoringProfile, errorCount, warningCount, indicatorCount,
                indicatorsMet, assessedAt == null ? null : Timestamp.from(assessedAt)};
    }

    /** A new draft of the evaluation of the unit stored under that id, holding the document's content. */
    static Evaluation draft(long unitId, EvaluationDocument document, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.unit = AggregateReference.to(unitId);
        evaluation.kind = document.kind();
        evaluation.fiscalYear = document.fiscalYear();
        evaluation.subject = subjectOf(document);
        evaluation.status = EvaluationStatus.DRAFT;
        evaluation.createdAt = now;
        evaluation.fill(document, now);
        return evaluation;
    }

    /** Replaces the content with a revised document of the same unit, year and subject. */
    void revise(EvaluationDocument document, Instant now) {
        requireEditable();
        if (document.kind() != kind || document.fiscalYear() != fiscalYear || !subjectOf(document).equals(subject)) {
            throw new IllegalArgumentException("修订的文档属于另一份评价（单位、年度或项目不同）");
        }
        fill(document, now);
    }

    /** Replaces the stored score: derived data, so it may change in any status. */
    void rescore(EvaluationScore score, Instant now) {
        scoreJson = score == null ? null : DocumentJson.compact(score);
        updatedAt = now;
    }

    /** Records the assessment of the current content: derived data, so it may change in any status. */
    void assessed(EvaluationScoring.Assessment assessment, String profile, Instant now) {
        totalScore = assessment.score().total();
        grade = assessment.score().grade() == null ? null : assessment.score().grade().name();
        notScorable = assessment.score().notScorable() == null ? null : assessment.score().notScorable().reason();
        scoringProfile = profile;
        errorCount = (int) assessment.count(Severity.ERROR);
        warningCount = (int) assessment.count(Severity.WARNING);
        indicatorCount = assessment.indicators();
        indicatorsMet = assessment.indicatorsMet();
        assessedAt = now;
    }

    /** 送审: the unit hands its draft, or its returned evaluation, to the finance bureau. */
    public void submit() {
        move(EvaluationStatus.SUBMITTED, EvaluationStatus.DRAFT, EvaluationStatus.RETURNED);
        submittedAt = updatedAt;
    }

    /** 退回: the reviewer sends it back for revision. */
    public void returnForRevision() {
        move(EvaluationStatus.RETURNED, EvaluationStatus.SUBMITTED);
    }

    /** 审核通过. */
    public void approve() {
        move(EvaluationStatus.APPROVED, EvaluationStatus.SUBMITTED);
    }

    /** 公开: an approved evaluation is published. */
    public void publish() {
        move(EvaluationStatus.PUBLISHED, EvaluationStatus.APPROVED);
    }

    private void move(EvaluationStatus to, EvaluationStatus... from) {
        for (EvaluationStatus allowed : from) {
            if (status == allowed) {
                status = to;
                updatedAt = Instant.now();
                return;
            }
        }
        throw new IllegalTransitionException("状态为“" + status.label() + "”的评价不能改为“" + to.label() + "”");
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalTransitionException("状态为“" + status.label() + "”的评价不能修改，退回后方可修改");
        }
    }

    private void fill(EvaluationDocument document, Instant now) {
        Funds funds = document.funds();
        FundsByNature nature = funds == null ? null : funds.byNature();
        budget = funds == null ? null : funds.budget();
        initialBudget = funds == null ? null : funds.initialBudget();
        executed = funds == null ? null : funds.executed();
        executionRate = funds == null ? null : funds.executionRate();
        carryover = funds == null ? null : funds.carryover();
        basicSpending = nature == null ? null : nature.basic();
        projectSpending = nature == null ? null : nature.project();
        personnelSpending = nature == null ? null : nature.personnel();
        publicUseSpending = nature == null ? null : nature.publicUse();
        fundSources = funds == null ? new ArrayList<>()
                : new ArrayList<>(funds.bySource().stream().map(FundSourceLine::of).toList());
        conclusion = document.conclusion();
        StatedScore stated = document.statedScore();
        statedTotal = stated == null ? null : stated.total();
        statedGrade = stated == null ? null : stated.grade();
        statedText = stated == null ? null : stated.text();
        texts = new ArrayList<>();
        document.functions().forEach(text -> texts.add(new NarrativeItem(Section.FUNCTION, text)));
        document.goals().forEach(text -> texts.add(new NarrativeItem(Section.GOAL, text)));
        document.achievements().forEach(text -> texts.add(new NarrativeItem(Section.ACHIEVEMENT, text)));
        document.problems().forEach(text -> texts.add(new NarrativeItem(Section.PROBLEM, text)));
        document.measures().forEach(text -> texts.add(new NarrativeItem(Section.MEASURE, text)));
        keyTasks = new ArrayList<>(document.keyTasks().stream().map(EvaluationKeyTask::of).toList());
        scoreJson = document.score() == null ? null : DocumentJson.compact(document.score());
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
        // an export's publication block states what was published then and there: never kept as the document's own
        kept.put("document", document.withExtension(EvaluationDocument.PUBLICATION, null).extensions());
        kept.put("department", document.department().extensions());
        kept.put("funds", funds == null ? null : funds.extensions());
        kept.put("byNature", nature == null ? null : nature.extensions());
        kept.put("statedScore", stated == null ? null : stated.extensions());
        extensionsJson = KeptFields.writeGroups(kept);
        updatedAt = now;
    }

    /** The evaluation as a document, with the unit as its department. */
    public EvaluationDocument toDocument(Unit owner) {
        Map<String, Object> kept = KeptFields.read(extensionsJson);
        FundsByNature nature = new FundsByNature(basicSpending, projectSpending, personnelSpending, publicUseSpending,
                KeptFields.group(kept, "byNature"));
        Funds funds = new Funds(budget, initialBudget, executed, executionRate,
                fundSources.stream().map(FundSourceLine::toDocument).toList(), nature, carryover,
                KeptFields.group(kept, "funds"));
        Department department = new Department(owner.name(), owner.code(), owner.region(), owner.parent(),
                KeptFields.group(kept, "department"));
        StatedScore stated = new StatedScore(statedTotal, statedGrade, statedText, KeptFields.group(kept, "statedScore"));
        return new EvaluationDocument(EvaluationDocument.SCHEMA, kind, fiscalYear, department, texts(Section.FUNCTION),
                funds, texts(Section.GOAL), keyTasks.stream().map(EvaluationKeyTask::toDocument).toList(), conclusion,
                texts(Section.ACHIEVEMENT), texts(Section.PROBLEM), texts(Section.MEASURE), score(), stated,
                KeptFields.group(kept, "document"));
    }

    /** The stored score, or null where the evaluation has not been scored. */
    public EvaluationScore score() {
        return scoreJson == null ? null : DocumentJson.fromCompact(scoreJson, EvaluationScore.class);
    }

    private List<String> texts(Section section) {
        return texts.stream().filter(item -> item.section() == section).map(NarrativeItem::body).toList();
    }

    /** What tells a unit's evaluations of a year and kind apart: a project's name, '' for the department's. */
    public static String subjectOf(EvaluationDocument document) {
        return document.kind() == Kind.PROJECT && !document.keyTasks().isEmpty()
                ? document.keyTasks().get(0).name().strip() : "";
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unit.getId();
    }

    public Kind kind() {
        return kind;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String subject() {
        return subject;
    }

    public EvaluationStatus status() {
        return status;
    }

    public Long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
