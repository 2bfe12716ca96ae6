package org.jixiao.demo;

import java.util.List;
import java.util.Optional;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.database.OnceOnly;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalChecks;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.evaluation.Unit;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The next year's goals of three made-up units (绩效目标申报), begun by their editors from their latest self-evaluation
 * and taken as far as people would: one published with the budget, one waiting for the reviewer, one a draft with
 * what the linter finds still to mend. Done through the goals' service, once (its own marker).
 */
@Component
class DemoGoals {

    private static final String MARKER = "demo-goals-v1";
    private static final Logger log = LoggerFactory.getLogger(DemoGoals.class);

    private final Accounts accounts;
    private final Evaluations evaluations;
    private final GoalFilings goals;
    private final OnceOnly once;

    DemoGoals(Accounts accounts, Evaluations evaluations, GoalFilings goals, OnceOnly once) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.goals = goals;
        this.once = once;
    }

    void build() {
        once.run(MARKER, () -> {
            Optional<Actor> reviewer = actor(DemoAccounts.REVIEWER.username());
            List<MadeUpRegion.MadeUpUnit> units = MadeUpRegion.UNITS.stream().limit(3).toList();
            for (int i = 0; i < units.size() && reviewer.isPresent(); i++) {
                file(units.get(i), i, reviewer.get());
            }
        });
    }

    /** 0: published; 1: submitted; 2: a draft. */
    private void file(MadeUpRegion.MadeUpUnit made, int stage, Actor reviewer) {
        Optional<Actor> editor = actor(made.editor().username());
        Optional<Unit> unit = evaluations.unit(made.name(), DemoData.REGION);
        if (editor.isEmpty() || unit.isEmpty()) {
            return; // removed by the installation's users
        }
        Optional<StoredEvaluation> latest = latestDepartment(unit.get().id());
        if (latest.isEmpty()) {
            return;
        }
        int year = latest.get().document().fiscalYear() + 1;
        GoalFiling begun = goals.begin(editor.get(), Kind.DEPARTMENT_OVERALL, year, null, true);
        if (stage == 2) {
            return;
        }
        GoalSheet completed = completed(begun.sheet());
        if (GoalChecks.check(completed).stream().anyMatch(Finding::isError)) {
            log.info("Demo goals of {} left as a draft: the sheet is not complete", made.name());
            return;
        }
        GoalFiling saved = goals.save(editor.get(), begun.id(), begun.version(), completed);
        goals.submit(editor.get(), saved.id());
        if (stage == 0) {
            goals.approve(reviewer, saved.id(), List.of(
                    new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                    new CriterionReview(Criterion.RELEVANCE, GoalGrade.EXCELLENT, "目标与部门职能一致"),
                    new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                    new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
            goals.publish(reviewer, saved.id());
        }
    }

    /** What the editor adds to last year's: the basis of each target not resting on last year's actual (the plan). */
    private static GoalSheet completed(GoalSheet sheet) {
        List<GoalIndicator> indicators = sheet.indicators().stream().map(i -> i.basis() != null ? i
                : new GoalIndicator(i.level1(), i.level2(), i.name(), i.cycleTarget(), i.annualTarget(),
                        TargetBasis.PLAN, "年度工作计划", null)).toList();
        return sheet.withIndicators(indicators);
    }

    private Optional<StoredEvaluation> latestDepartment(long unitId) {
        for (int year = 2030; year >= 2015; year--) {
            Optional<StoredEvaluation> found = evaluations.find(unitId, year, Kind.DEPARTMENT_OVERALL, "");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> actor(String username) {
        return accounts.find(username).map(Actor::of);
    }
}
