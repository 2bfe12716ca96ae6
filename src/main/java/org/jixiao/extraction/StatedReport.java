package org.jixiao.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;

/**
 * What a published report states, gathered by several readers (its head, its form's cells, its sentences), each
 * value with where it was read. A value once found is kept: readers run from the most certain to the least, and a
 * later one only fills what is still empty. Then made into the evaluation document and the map of origins.
 */
final class StatedReport {

    Kind kind;
    Value<Integer> year;
    Value<String> unit;
    Value<String> parent;
    Value<String> code;
    Value<String> region;
    final Figures funds = new Figures();
    final List<Value<String>> functions = new ArrayList<>();
    final List<Value<String>> goals = new ArrayList<>();
    final List<Value<String>> achievements = new ArrayList<>();
    final List<Value<String>> problems = new ArrayList<>();
    final List<Value<String>> measures = new ArrayList<>();
    Value<String> conclusion;
    Value<BigDecimal> statedTotal;
    Value<String> statedGrade;
    Value<String> statedText;
    final List<Task> tasks = new ArrayList<>();
    /** What a reader saw and left empty: a figure it could not place with certainty, with the line it stands on. */
    final List<Finding> warnings = new ArrayList<>();

    /** Budget, execution and their parts, of the whole report or of one task. */
    static final class Figures {
        Value<BigDecimal> budget;
        Value<BigDecimal> initialBudget;
        Value<BigDecimal> executed;
        Value<BigDecimal> rate;
        Value<BigDecimal> carryover;
        Value<BigDecimal> basic;
        Value<BigDecimal> project;
        Value<BigDecimal> personnel;
        Value<BigDecimal> publicUse;
        final Map<FundSource, Value<BigDecimal>[]> sources = new LinkedHashMap<>();

        /** Drops an execution its budget makes unlikely, and says why. */
        Finding dropExecuted(SourceText source, String path) {
            Finding note = uncertainAt(source, path + ".executed", executed.start(), "执行数读作 "
                    + executed.value().toPlainString() + "，与预算数 " + budget.value().toPlainString() + " 相差过大，可能取自别的单元格");
            executed = null;
            return note;
        }

        /**
         * Drops an execution and a rate that contradict each other over the budget: one of them is another cell's
         * figure (a part by source, a score), and which one cannot be told.
         */
        List<Finding> dropDisagreeing(SourceText source, String path, BigDecimal computed) {
            String why = "执行数 " + executed.value().toPlainString() + " ÷ 预算数 " + budget.value().toPlainString() + " = "
                    + computed.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%，与读出的执行率 " + rate.value().toPlainString() + "% 不符，可能取自别的单元格";
            List<Finding> notes = List.of(uncertainAt(source, path + ".executed", executed.start(), why),
                    uncertainAt(source, path + ".executionRate", rate.start(), why));
            executed = null;
            rate = null;
            return notes;
        }

        /** Drops a budget that cannot be right, and says why. */
        Finding dropBudget(SourceText source, String path) {
            Finding note = uncertainAt(source, path + ".budget", budget.start(), "预算数读作 0，而执行数为 "
                    + executed.value().toPlainString() + "，可能取自别的单元格");
            budget = null;
            return note;
        }

        /** Executed over budget in %, to four decimals; null where either is missing or the budget is not above 0. */
        BigDecimal computedRate() {
            if (budget == null || executed == null || budget.value().signum() <= 0) {
                return null;
            }
            return executed.value().multiply(BigDecimal.valueOf(100)).divide(budget.value(), 4, RoundingMode.HALF_UP);
        }

        boolean hasTotals() {
            return budget != null || executed != null || rate != null;
        }

        @SuppressWarnings("unchecked")
        void source(FundSource source, Value<BigDecimal> budgetOfSource, Value<BigDecimal> executedOfSource) {
            if (budgetOfSource == null && executedOfSource == null) {
                return;
            }
            sources.putIfAbsent(source, new Value[] {budgetOfSource, executedOfSource});
        }
    }

    /** A key task, or the project of a project report. */
    static final class Task {
        Value<String> name;
        Value<String> goal;
        Value<String> outcome;
        Value<String> leader;
        final Figures funds = new Figures();
        final List<Measure> indicators = new ArrayList<>();
    }

    /** One indicator as stated. */
    static final class Measure {
        Value<IndicatorCategory> level1;
        Value<IndicatorSubcategory> level2;
        boolean levelInferred;
        Value<String> name;
        Value<Target> cycle;
        Value<Target> annual;
        Value<Target> actual;
        Value<Boolean> met;
        Value<BigDecimal> weight;
        Value<BigDecimal> score;
        Value<String> reason;
    }

    /**
     * Notes a figure left empty because it could not be placed with certainty (UNCERTAIN_FIGURE), naming the
     * line it stands on, so that a person looks there.
     */
    void uncertain(SourceText source, String path, int offset, String what) {
        Finding note = uncertainAt(source, path, offset, what);
        if (!warnings.contains(note)) {
            warnings.add(note); // a table tried under more than one header says so once
        }
    }

    static Finding uncertainAt(SourceText source, String path, int offset, String what) {
        int line = source.line(offset);
        Integer page = source.page(offset);
        String where = (page != null ? "第 " + page + " 页，" : "") + "第 " + line + " 行";
        return Finding.at(FindingCode.UNCERTAIN_FIGURE, Severity.WARNING, "$." + path, where + "：" + what + "，未填入，请对照原文核实",
                null);
    }

    static <T> Value<T> first(Value<T> kept, Value<T> found) {
        return kept != null ? kept : found;
    }

    /** The project of a project report: its one task, made on first use. */
    Task project() {
        if (tasks.isEmpty()) {
            tasks.add(new Task());
        }
        return tasks.get(0);
    }

    EvaluationDocument document() {
        Kind documentKind = kind != null ? kind : Kind.DEPARTMENT_OVERALL;
        if (documentKind == Kind.PROJECT) {
            // the project's funds are the report's, stated once for both
            Task project = project();
            copyMissing(funds, project.funds);
            copyMissing(project.funds, funds);
            if (project.goal == null && !goals.isEmpty()) {
                project.goal = Value.of(String.join("", goals.stream().map(Value::value).toList()),
                        goals.get(0).start(), goals.get(goals.size() - 1).end());
            }
        }
        Department department = unit == null && parent == null ? null
                : new Department(unit != null ? unit.value() : null, Value.get(code),
                        region != null ? region.value() : UnitNames.region(unit != null ? unit.value() : null),
                        Value.get(parent), null);
        List<KeyTask> keyTasks = new ArrayList<>();
        for (Task task : tasks) {
            keyTasks.add(new KeyTask(Value.get(task.name), Value.get(task.goal), Value.get(task.funds.budget),
                    Value.get(task.funds.executed), Value.get(task.funds.rate), Value.get(task.outcome),
                    Value.get(task.leader), task.indicators.stream().map(StatedReport::indicator).toList(), null));
        }
        StatedScore stated = statedTotal == null && statedGrade == null ? null
                : new StatedScore(Value.get(statedTotal), Value.get(statedGrade), Value.get(statedText));
        return new EvaluationDocument(EvaluationDocument.SCHEMA, documentKind, Value.get(year), department,
                texts(functions), funds(funds), texts(goals), keyTasks, Value.get(conclusion), texts(achievements),
                texts(problems), texts(measures), null, stated, null);
    }

    private static Indicator indicator(Measure m) {
        return Indicator.builder().levels(Value.get(m.level1), Value.get(m.level2),
                        m.level1 == null && m.level2 == null ? null : m.levelInferred)
                .name(Value.get(m.name)).cycleTarget(Value.get(m.cycle)).annualTarget(Value.get(m.annual))
                .actual(Value.get(m.actual)).met(Value.get(m.met)).score(Value.get(m.score))
                .weight(Value.get(m.weight)).deviationReason(Value.get(m.reason)).build();
    }

    private static Funds funds(Figures f) {
        List<SourceFunds> sources = new ArrayList<>();
        f.sources.forEach((source, pair) -> sources.add(new SourceFunds(source, Value.get(pair[0]),
                Value.get(pair[1]), null)));
        FundsByNature nature = new FundsByNature(Value.get(f.basic), Value.get(f.project), Value.get(f.personnel),
                Value.get(f.publicUse), null);
        Funds funds = new Funds(Value.get(f.budget), Value.get(f.initialBudget), Value.get(f.executed),
                Value.get(f.rate), sources, nature, Value.get(f.carryover), null);
        return funds.isEmpty() ? null : funds;
    }

    private static void copyMissing(Figures from, Figures to) {
        to.budget = first(to.budget, from.budget);
        to.initialBudget = first(to.initialBudget, from.initialBudget);
        to.executed = first(to.executed, from.executed);
        to.rate = first(to.rate, from.rate);
        to.carryover = first(to.carryover, from.carryover);
        from.sources.forEach(to.sources::putIfAbsent);
    }

    private static List<String> texts(List<Value<String>> values) {
        return values.stream().map(Value::value).toList();
    }

    /** Where the stated score was read, alone: for a document the template's reader read otherwise. */
    Map<String, Origin> statedOrigins(SourceText source) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        put(origins, source, "statedScore.total", statedTotal);
        put(origins, source, "statedScore.grade", statedGrade);
        return origins;
    }

    /** Where each value of {@link #document()} was read, by its JSON path. */
    Map<String, Origin> origins(SourceText source) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        put(origins, source, "fiscalYear", year);
        put(origins, source, "department.name", unit);
        put(origins, source, "department.parent", parent);
        put(origins, source, "department.code", code);
        put(origins, source, "department.region", region);
        figures(origins, source, "funds", funds);
        list(origins, source, "functions", functions);
        list(origins, source, "goals", goals);
        list(origins, source, "achievements", achievements);
        list(origins, source, "problems", problems);
        list(origins, source, "measures", measures);
        put(origins, source, "conclusion", conclusion);
        put(origins, source, "statedScore.total", statedTotal);
        put(origins, source, "statedScore.grade", statedGrade);
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            String at = "keyTasks[" + t + "]";
            put(origins, source, at + ".name", task.name);
            put(origins, source, at + ".expectedGoal", task.goal);
            put(origins, source, at + ".outcome", task.outcome);
            put(origins, source, at + ".leader", task.leader);
            put(origins, source, at + ".budget", task.funds.budget);
            put(origins, source, at + ".executed", task.funds.executed);
            put(origins, source, at + ".executionRate", task.funds.rate);
            for (int i = 0; i < task.indicators.size(); i++) {
                Measure m = task.indicators.get(i);
                String in = at + ".indicators[" + i + "]";
                put(origins, source, in + ".level1", m.level1);
                put(origins, source, in + ".level2", m.level2);
                put(origins, source, in + ".name", m.name);
                put(origins, source, in + ".cycleTarget", m.cycle);
                put(origins, source, in + ".annualTarget", m.annual);
                put(origins, source, in + ".actual", m.actual);
                put(origins, source, in + ".met", m.met);
                put(origins, source, in + ".weight", m.weight);
                put(origins, source, in + ".score", m.score);
                put(origins, source, in + ".deviationReason", m.reason);
            }
        }
        return origins;
    }

    private static void figures(Map<String, Origin> origins, SourceText source, String at, Figures f) {
        put(origins, source, at + ".budget", f.budget);
        put(origins, source, at + ".initialBudget", f.initialBudget);
        put(origins, source, at + ".executed", f.executed);
        put(origins, source, at + ".executionRate", f.rate);
        put(origins, source, at + ".carryover", f.carryover);
        put(origins, source, at + ".byNature.basic", f.basic);
        put(origins, source, at + ".byNature.project", f.project);
        put(origins, source, at + ".byNature.personnel", f.personnel);
        put(origins, source, at + ".byNature.publicUse", f.publicUse);
        int i = 0;
        for (Value<BigDecimal>[] pair : f.sources.values()) {
            put(origins, source, at + ".bySource[" + i + "].budget", pair[0]);
            put(origins, source, at + ".bySource[" + i + "].executed", pair[1]);
            i++;
        }
    }

    private static void list(Map<String, Origin> origins, SourceText source, String at, List<Value<String>> values) {
        for (int i = 0; i < values.size(); i++) {
            put(origins, source, at + "[" + i + "]", values.get(i));
        }
    }

    private static void put(Map<String, Origin> origins, SourceText source, String path, Value<?> value) {
        if (value != null && value.start() >= 0) {
            origins.put(path, source.origin(value.start(), value.end()));
        }
    }
}
