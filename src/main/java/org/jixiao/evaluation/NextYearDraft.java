package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;

/**
 * 绩效目标申报: next year's evaluation begun from this year's. Duties, goals, key tasks and their indicators
 * with targets carry over, so that the unit revises rather than retypes them; what belongs to this year's
 * results is cleared: money spent, actual values, verdicts, scores, outcomes and the narrative, and the score the
 * report stated for itself (next year's report will state its own).
 */
final class NextYearDraft {

    private NextYearDraft() {
    }

    static EvaluationDocument from(EvaluationDocument year) {
        List<KeyTask> tasks = year.keyTasks().stream().map(NextYearDraft::task).toList();
        Funds funds = year.funds() == null || year.funds().budget() == null ? null
                : new Funds(year.funds().budget(), null, null, null, List.of(), null, null, null);
        return new EvaluationDocument(year.schema(), year.kind(), year.fiscalYear() + 1, year.department(),
                year.functions(), funds, year.goals(), tasks, null, List.of(), List.of(), List.of(), null, null,
                year.extensions());
    }

    /** The task with its plan (name, goal, leader, budget as a starting point) and its indicators' targets. */
    private static KeyTask task(KeyTask task) {
        List<Indicator> indicators = task.indicators().stream().map(i -> i.toBuilder()
                .actual(null).met(null).rating(null).score(null).deviationReason(null).build()).toList();
        return new KeyTask(task.name(), task.expectedGoal(), task.budget(), null, null, null, task.leader(), indicators,
                task.extensions());
    }
}
