package org.jixiao.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.analytics.internal.ResultsSettings;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.evaluation.Unit;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.goals.GoalHistory;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.Signal;
import org.jixiao.review.ReviewWorkflow;
import org.springframework.stereotype.Service;

/**
 * The cycle on one page (docs/ex-ante.md): for a unit and each of its projects, year by year, the ex-ante
 * assessment, the goals, the latest monitoring signal, the self-evaluation and the budget advice it gives. Each
 * module is asked for its own part behind its own gate; {@link CycleSteps} puts the parts side by side.
 */
@Service
public class PerformanceCycle {

    private final Evaluations evaluations;
    private final ReviewWorkflow workflow;
    private final ExecutionMonitoring monitoring;
    private final GoalHistory goals;
    private final ExAnteHistory exAnte;
    private final AdviceRules rules;

    PerformanceCycle(Evaluations evaluations, ReviewWorkflow workflow, ExecutionMonitoring monitoring,
            GoalHistory goals, ExAnteHistory exAnte, ResultsSettings settings) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.monitoring = monitoring;
        this.goals = goals;
        this.exAnte = exAnte;
        this.rules = settings.rules();
    }

    /** The unit's cycle, for the reviewer of its region and its own editor; refused to everyone else. */
    public Cycle ofUnit(Actor actor, long unitId) {
        Optional<Unit> unit = evaluations.unit(unitId);
        if (unit.isEmpty() || !RegionAccess.canViewUnit(actor, unitId, unit.get().region())) {
            // an unknown unit is refused alike: its number says nothing
            throw new NotPermittedException("只有本单位的填报人和本区的财政审核人可以查看该单位的绩效管理全过程");
        }
        List<EvaluationSummary> selfEvaluations = workflow.visible(actor, EvaluationFilter.ALL.withUnit(unitId));
        Map<Long, Watch> watches = new LinkedHashMap<>();
        for (EvaluationSummary evaluation : selfEvaluations) {
            monitoring.latest(actor, evaluation.id()).ifPresent(view -> watches.put(evaluation.id(),
                    new Watch(view.month(), view.reds() > 0 ? Signal.RED : view.yellows() > 0 ? Signal.YELLOW
                            : view.count(Signal.GREEN) > 0 ? Signal.GREEN : null)));
        }
        return new Cycle(unitId, unit.get().name(), CycleSteps.of(exAnte.ofUnit(actor, unitId),
                goals.ofUnit(actor, unitId), selfEvaluations, watches, rules),
                RegionAccess.canViewUnitsOf(actor, unit.get().region()));
    }

    /**
     * A unit's cycle: the department first, then each project by name.
     *
     * @param regionView whether the reader sees the region's pages (the results), to link them
     */
    public record Cycle(long unitId, String unitName, List<Subject> subjects, boolean regionView) {
    }

    /**
     * The department (project empty) or one project, its years oldest first.
     *
     * @param project the name as the unit writes it, trimmed; empty for the department
     */
    public record Subject(Kind kind, String project, List<Year> years) {
    }

    /**
     * One year of a subject; a step not taken (or not for the actor to see) is null.
     *
     * @param exAnte     the ex-ante request for this budget year
     * @param goals      the goal sheet filed for this year
     * @param monitoring the latest month reported on this year's self-evaluation
     * @param evaluation this year's self-evaluation
     * @param advice     the budget advice its result gives for the year after; null while not scored
     */
    public record Year(int year, ExAnteHistory.Assessed exAnte, GoalHistory.Sheet goals, Watch monitoring,
            EvaluationSummary evaluation, AdviceRules.Advice advice) {
    }

    /**
     * Where monitoring stood at the latest month reported: the worst task's signal.
     *
     * @param signal null where something was reported but no task has a budget to stand against
     */
    public record Watch(int month, Signal signal) {
    }
}
