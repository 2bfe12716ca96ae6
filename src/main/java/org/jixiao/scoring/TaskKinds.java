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

    static TaskKind classify(KeyTask task, LintRules rules) {
        List<TaskKind> kinds = rules.kinds();
        TaskKind byName = best(task.name(), rules);
        if (byName != null) {
            return byName;
        }
        StringBuilder names = new StringBuilder();
        for (Indicator indicator : task.indicators()) {
            names.append(indicator.name()).append('，');
        }
        TaskKind byIndicators = best(names.toString(), rules);
        if (byIndicators != null) {
            return byIndicators;
        }
        TaskKind byGoal = best(task.expectedGoal(), rules);
        return byGoal != null ? byGoal : kinds.get(kinds.size() - 1);
    }

    private static TaskKind best(String text, LintRules rules) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int[] hits = new int[rules.kinds().size()];
        rules.kindKeywords().countDistinct(text, hits);
        int best = -1;
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] > 0 && (best < 0 || hits[k] > hits[best])) {
                best = k;
            }
        }
        return best < 0 ? null : rules.kinds().get(best);
    }
}
