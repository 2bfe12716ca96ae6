package org.jixiao.scoring;

import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Target;

/**
 * One target of a self-evaluation that differs from the goals approved with the budget, as a page lists them: the
 * key task and indicator, the approved annual target and the one the evaluation states now (null where it states
 * none or leaves the indicator out). The same comparison as the linter's {@code TARGET_CHANGED_FROM_APPROVED} and
 * {@code APPROVED_INDICATOR_MISSING}: a target reworded to mean the same (≥98% and 98%以上) is no change.
 *
 * @param task the key task holding the indicator, null where the indicator is left out
 * @param missing the approved indicator is not in the self-evaluation at all
 */
public record ApprovedTargetChange(String task, String indicator, String approved, String now, boolean missing) {

    /** The changes in the approved sheet's order of indicators. */
    public static List<ApprovedTargetChange> between(EvaluationDocument document, GoalSheet approved) {
        return ApprovedTargets.held(document, approved).stream().filter(h -> h.task() == null || h.changed())
                .map(h -> {
                    String approvedTarget = text(h.goal().annualTarget());
                    if (h.task() == null) {
                        return new ApprovedTargetChange(null, h.goal().name(), approvedTarget, null, true);
                    }
                    KeyTask task = document.keyTasks().get(h.task());
                    Indicator indicator = task.indicators().get(h.indicator());
                    return new ApprovedTargetChange(task.name(), indicator.name(), approvedTarget,
                            text(indicator.annualTarget()), false);
                }).toList();
    }

    private static String text(Target target) {
        return target == null ? null : target.text();
    }
}
