package org.jixiao.extraction;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;

/**
 * How much of a report a reading found: one for each value filled. Two readings of one text are compared by it,
 * the reader of the project's own layout and the reader of every province's, and the one that found more wins.
 */
final class Completeness {

    private Completeness() {
    }

    static int of(EvaluationDocument d) {
        int n = count(d.fiscalYear()) + (d.department() == null ? 0 : count(d.department().name())
                + count(d.department().parent()) + count(d.department().code()));
        Funds f = d.funds();
        if (f != null) {
            n += count(f.budget()) + count(f.initialBudget()) + count(f.executed()) + count(f.executionRate())
                    + count(f.carryover()) + f.bySource().size();
            if (f.byNature() != null) {
                n += count(f.byNature().basic()) + count(f.byNature().project()) + count(f.byNature().personnel())
                        + count(f.byNature().publicUse());
            }
        }
        n += d.functions().size() + d.goals().size() + d.achievements().size() + d.problems().size()
                + d.measures().size() + count(d.conclusion()) + count(d.statedScore());
        for (KeyTask task : d.keyTasks()) {
            n += count(task.name()) + count(task.expectedGoal()) + count(task.budget()) + count(task.executed())
                    + count(task.executionRate()) + count(task.outcome());
            for (Indicator i : task.indicators()) {
                n += count(i.name()) + count(i.annualTarget()) + count(i.cycleTarget()) + count(i.actual())
                        + count(i.weight()) + count(i.score()) + count(i.met()) + count(i.deviationReason())
                        + (i.levelInferred() == Boolean.FALSE ? count(i.level1()) + count(i.level2()) : 0);
            }
        }
        return n;
    }

    private static int count(Object value) {
        return value == null ? 0 : 1;
    }
}
