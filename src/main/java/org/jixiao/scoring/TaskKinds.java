package org.jixiao.scoring;

import java.util.List;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.scoring.LintRules.TaskKind;

/**
 * Which kind of work a key task is (培训, 维权, 阵地建设 ...), so that a suggestion can give an example indicator
 * that fits it. The task's name decides (the kind with most keywords in it, the first listed on a tie); where
 * the name has none, its indicators' names and then its expected goal; else the last, general kind.
 */
final class TaskKinds {

    private TaskKinds() {
    }

    static TaskKind classify(KeyTask task, List<TaskKind> kinds) {
        TaskKind byName = best(task.name(), kinds);
        if (byName != null) {
            return byName;
        }
        StringBuilder names = new StringBuilder();
        for (Indicator indicator : task.indicators()) {
            names.append(indicator.name()).append('，');
        }
        TaskKind byIndicators = best(names.toString(), kinds);
        if (byIndicators != null) {
            return byIndicators;
        }
        TaskKind byGoal = best(task.expectedGoal(), kinds);
        return byGoal != null ? byGoal : kinds.get(kinds.size() - 1);
    }

    private static TaskKind best(String text, List<TaskKind> kinds) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        TaskKind best = null;
        int most = 0;
        for (TaskKind kind : kinds) {
            int hits = 0;
            for (String keyword : kind.keywords()) {
                if (text.contains(keyword)) {
                    hits++;
                }
            }
            if (hits > most) {
                most = hits;
                best = kind;
            }
        }
        return best;
    }
}
