package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-evaluation: a department's overall expenditure for a fiscal year, or one project
 * (docs/document-format.md, format v1). Lists keep the source's order; a value the source does not state is null.
 */
public record EvaluationDocument(
        String schema,
        Kind kind,
        Integer fiscalYear,
        Department department,
        List<String> functions,
        Funds funds,
        List<String> goals,
        List<KeyTask> keyTasks,
        String conclusion,
        List<String> achievements,
        List<String> problems,
        List<String> measures,
        EvaluationScore score,
        StatedScore statedScore,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    /** The value of {@code schema} for this format. */
    public static final String SCHEMA = "jixiao/evaluation/v1";

    public EvaluationDocument {
        schema = schema == null ? SCHEMA : schema;
        functions = Lists.copy(functions);
        funds = funds == null || funds.isEmpty() ? null : funds;
        goals = Lists.copy(goals);
        keyTasks = Lists.copy(keyTasks);
        achievements = Lists.copy(achievements);
        problems = Lists.copy(problems);
        measures = Lists.copy(measures);
        statedScore = statedScore == null || statedScore.isEmpty() ? null : statedScore;
        extensions = Extensions.copy(extensions);
    }

    /** A document that states no score of its own. */
    public EvaluationDocument(String schema, Kind kind, Integer fiscalYear, Department department,
            List<String> functions, Funds funds, List<String> goals, List<KeyTask> keyTasks, String conclusion,
            List<String> achievements, List<String> problems, List<String> measures, EvaluationScore score,
            Map<String, Object> extensions) {
        this(schema, kind, fiscalYear, department, functions, funds, goals, keyTasks, conclusion, achievements,
                problems, measures, score, null, extensions);
    }

    /** The same document with its score replaced (null removes it). */
    public EvaluationDocument withScore(EvaluationScore newScore) {
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, funds, goals, keyTasks,
                conclusion, achievements, problems, measures, newScore, statedScore, extensions);
    }

    /** The same document of another unit (or with the unit's details corrected). */
    public EvaluationDocument withDepartment(Department newDepartment) {
        return new EvaluationDocument(schema, kind, fiscalYear, newDepartment, functions, funds, goals, keyTasks,
                conclusion, achievements, problems, measures, score, statedScore, extensions);
    }

    /** The same document of another year. */
    public EvaluationDocument withFiscalYear(int year) {
        return new EvaluationDocument(schema, kind, year, department, functions, funds, goals, keyTasks, conclusion,
                achievements, problems, measures, score, statedScore, extensions);
    }

    /** The same document with other funds. */
    public EvaluationDocument withFunds(Funds newFunds) {
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, newFunds, goals, keyTasks,
                conclusion, achievements, problems, measures, score, statedScore, extensions);
    }

    /** The same document with other goals (绩效目标; a project's 年度总体目标). */
    public EvaluationDocument withGoals(List<String> newGoals) {
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, funds, newGoals, keyTasks,
                conclusion, achievements, problems, measures, score, statedScore, extensions);
    }

    /** The same document with other key tasks. */
    public EvaluationDocument withKeyTasks(List<KeyTask> newKeyTasks) {
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, funds, goals, newKeyTasks,
                conclusion, achievements, problems, measures, score, statedScore, extensions);
    }

    /** The same document with the score it states for itself (null: none). */
    public EvaluationDocument withStatedScore(StatedScore stated) {
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, funds, goals, keyTasks,
                conclusion, achievements, problems, measures, score, stated, extensions);
    }

    /** The block jixiao's export adds to a published evaluation's document (docs/document-format.md). */
    public static final String PUBLICATION = "publication";

    /** The same document with a field format v1 does not define (an export's {@code publication}), null removing it. */
    public EvaluationDocument withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        if (value == null) {
            more.remove(name);
        } else {
            more.put(name, value);
        }
        return new EvaluationDocument(schema, kind, fiscalYear, department, functions, funds, goals, keyTasks,
                conclusion, achievements, problems, measures, score, statedScore, more);
    }

    /** The name a person reads first: the unit's, and for a project the project's. */
    public String title() {
        String unit = department == null ? "" : department.name();
        if (kind == Kind.PROJECT && !keyTasks.isEmpty()) {
            return unit + "·" + keyTasks.get(0).name();
        }
        return unit;
    }
}
