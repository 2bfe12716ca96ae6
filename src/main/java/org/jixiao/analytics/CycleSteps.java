package org.jixiao.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.analytics.PerformanceCycle.Subject;
import org.jixiao.analytics.PerformanceCycle.Watch;
import org.jixiao.analytics.PerformanceCycle.Year;
import org.jixiao.document.Kind;
import org.jixiao.document.ProjectNames;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.goals.GoalHistory;
import org.jixiao.scoring.Unscorable;

/**
 * Puts what each module gives of a unit side by side: one line per subject (the department, each project) and year,
 * each step where it was taken. A project is one line by its code (项目编码) where a step gives one, else by its name
 * as {@link ProjectNames} compares it (spaces, quotation marks and full-width characters aside); a step without a
 * code joins the line of the code its name was filed under. No more guessing: two names that differ in a character
 * are two lines, and a step missing stays missing.
 */
final class CycleSteps {

    private CycleSteps() {
    }

    static List<Subject> of(List<ExAnteHistory.Assessed> requests, List<GoalHistory.Sheet> sheets,
            List<EvaluationSummary> evaluations, Map<Long, Watch> watches, AdviceRules rules) {
        // the codes each name was filed under: a step of that name without a code belongs to the code's line
        Map<String, Set<String>> codesByName = new HashMap<>();
        for (ExAnteHistory.Assessed request : requests) {
            String code = ProjectNames.code(request.code());
            if (code != null) {
                codesByName.computeIfAbsent(ProjectNames.normalised(request.project()), n -> new TreeSet<>()).add(code);
            }
        }
        Map<Key, Line> lines = new HashMap<>();
        // a request is filed for the budget year it asks money for, so it stands in that year's line
        for (ExAnteHistory.Assessed request : requests) {
            parts(lines, Kind.PROJECT, request.project(), request.code(), codesByName, request.year()).exAnte = request;
        }
        for (GoalHistory.Sheet sheet : sheets) {
            parts(lines, sheet.kind(), sheet.project(), null, codesByName, sheet.year()).goals = sheet;
        }
        for (EvaluationSummary evaluation : evaluations) {
            parts(lines, evaluation.kind(), evaluation.subject(), null, codesByName, evaluation.fiscalYear())
                    .evaluation = evaluation;
        }
        return lines.values().stream().sorted(Line.ORDER).map(line -> new Subject(line.kind, line.name,
                line.years.entrySet().stream().map(year -> year.getValue().year(year.getKey(), watches, rules))
                        .toList())).toList();
    }

    private static Parts parts(Map<Key, Line> lines, Kind kind, String name, String code,
            Map<String, Set<String>> codesByName, int year) {
        String shown = kind == Kind.PROJECT && name != null ? name.strip() : "";
        Key key;
        if (kind != Kind.PROJECT) {
            key = new Key(kind, "");
        } else if (ProjectNames.code(code) != null) {
            key = new Key(kind, "code:" + ProjectNames.code(code));
        } else {
            Set<String> codes = codesByName.getOrDefault(ProjectNames.normalised(shown), Set.of());
            // a name filed under two codes is two projects: a step of it without a code cannot say which
            key = new Key(kind, codes.size() == 1 ? "code:" + codes.iterator().next()
                    : "name:" + ProjectNames.normalised(shown));
        }
        Line line = lines.computeIfAbsent(key, k -> new Line(kind));
        if (year >= line.nameYear) {
            // the line is named as its latest year names it: a renamed project by its new name
            line.name = shown;
            line.nameYear = year;
        }
        // of two of the same year (a request returned and filed again), the later one, read last, stands
        return line.years.computeIfAbsent(year, y -> new Parts());
    }

    /** A subject's key: its kind and its code or normalised name. */
    private record Key(Kind kind, String id) {
    }

    /** A subject as it is gathered: its name as shown and its years. */
    private static final class Line {

        /** The department before the projects, the projects by name. */
        static final Comparator<Line> ORDER = Comparator.comparing((Line l) -> l.kind == Kind.PROJECT)
                .thenComparing(l -> l.name);

        private final Kind kind;
        private final TreeMap<Integer, Parts> years = new TreeMap<>();
        private String name = "";
        private int nameYear = Integer.MIN_VALUE;

        Line(Kind kind) {
            this.kind = kind;
        }
    }

    private static final class Parts {
        private ExAnteHistory.Assessed exAnte;
        private GoalHistory.Sheet goals;
        private EvaluationSummary evaluation;

        Year year(int year, Map<Long, Watch> watches, AdviceRules rules) {
            return new Year(year, exAnte, goals, evaluation == null ? null : watches.get(evaluation.id()), evaluation,
                    evaluation == null ? null : advice(evaluation, rules));
        }
    }

    /** As results application advises it: by the score, or to complete the indicators; none while not assessed. */
    private static AdviceRules.Advice advice(EvaluationSummary evaluation, AdviceRules rules) {
        if (evaluation.notScorable() != null) {
            return rules.adviseNotScorable(evaluation.fiscalYear(),
                    Unscorable.valueOf(evaluation.notScorable()).missing(evaluation.kind()));
        }
        return evaluation.totalScore() == null ? null
                : rules.advise(evaluation.fiscalYear(), evaluation.totalScore(), evaluation.budget());
    }
}
