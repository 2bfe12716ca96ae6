package org.jixiao.demo;

import java.util.List;
import java.util.Optional;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;

/**
 * The project form (项目支出绩效自评表) of the seed unit's 妇儿中心 task, as a draft its project leader works on:
 * the task's budget, spending, goal, outcome and indicators as the seed report states them, nothing added, and the
 * form's own narrative left for the unit to write. A real unit's figures only, so that the demo says nothing of it
 * that its report does not.
 */
final class SeedProject {

    static final String TASK = "妇儿工委及妇女儿童中心工作";

    private SeedProject() {
    }

    /** The form, where the seed still has the task. */
    static Optional<EvaluationDocument> of(EvaluationDocument seed) {
        return seed.keyTasks().stream().filter(task -> task.name().equals(TASK)).findFirst()
                .map(task -> form(seed, task));
    }

    private static EvaluationDocument form(EvaluationDocument seed, KeyTask task) {
        Funds funds = new Funds(task.budget(), null, task.executed(), task.executionRate(), List.of(), null, null,
                null);
        return new EvaluationDocument(seed.schema(), Kind.PROJECT, seed.fiscalYear(), seed.department(), List.of(),
                funds, task.expectedGoal() == null ? List.of() : List.of(task.expectedGoal()), List.of(task), null,
                List.of(), List.of(), List.of(), null, null, null);
    }
}
