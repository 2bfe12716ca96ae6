package org.jixiao.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.analytics.PerformanceCycle.Subject;
import org.jixiao.analytics.PerformanceCycle.Watch;
import org.jixiao.analytics.PerformanceCycle.Year;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.goals.GoalHistory;
import org.jixiao.scoring.Unscorable;

/**
 * Puts what each module gives of a unit side by side: one line per subject (the department, each project by its
 * name trimmed, exact) and year, each step where it was taken. No guessing: a project renamed is two lines, and a
 * step missing stays missing.
 */
final class CycleSteps {

    private CycleSteps() {
    }

    static List<Subject> of(List<ExAnteHistory.Assessed> requests, List<GoalHistory.Sheet> sheets,
            List<EvaluationSummary> evaluations, Map<Long, Watch> watches, AdviceRules rules) {
        Map<Key, TreeMap<Integer, Parts>> lines = new TreeMap<>();
        // a request is filed for the budget year it asks money for, so it stands in that year's line
        for (ExAnteHistory.Assessed request : requests) {
            parts(lines, new Key(Kind.PROJECT, request.project()), request.year()).exAnte = request;
        }
        for (GoalHistory.Sheet sheet : sheets) {
            parts(lines, new Key(sheet.kind(), sheet.project()), sheet.year()).goals = sheet;
        }
        for (EvaluationSummary evaluation : evaluations) {
            parts(lines, new Key(evaluation.kind(), evaluation.subject()), evaluation.fiscalYear()).evaluation = evaluation;
        }
        List<Subject> subjects = new ArrayList<>();
        lines.forEach((key, years) -> subjects.add(new Subject(key.kind(), key.project(), years.entrySet().stream()
                .map(year -> year.getValue().year(year.getKey(), watches, rules)).toList())));
        return subjects;
    }

    private static Parts parts(Map<Key, TreeMap<Integer, Parts>> lines, Key key, int year) {
        // of two of the same year (a request returned and filed again), the later one, read last, stands
        return lines.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(year, y -> new Parts());
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

    /** A subject: the department before the projects, the projects by name. */
    private record Key(Kind kind, String project) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.kind() == Kind.PROJECT)
                .thenComparing(Key::project);

        Key {
            project = kind == Kind.PROJECT && project != null ? project.strip() : "";
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
