package org.jixiao.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Money;
import org.jixiao.document.Target;

/** Variations of the seed document for tests that need many units: built with the document's own records. */
public final class Documents {

    private Documents() {
    }

    /** The seed as another unit's evaluation of another year. */
    public static EvaluationDocument seedOf(String unit, String region, int year) {
        EvaluationDocument seed = SeedDocument.load();
        return new EvaluationDocument(seed.schema(), seed.kind(), year, Department.named(unit, region), seed.functions(),
                seed.funds(), seed.goals(), seed.keyTasks(), seed.conclusion(), seed.achievements(), seed.problems(),
                seed.measures(), null, null);
    }

    /**
     * The document with every key task and the whole budget executed at the given rate (%), and every indicator's
     * actual value set to that share of its annual target: a unit that did that well.
     */
    public static EvaluationDocument performingAt(EvaluationDocument document, int percent) {
        BigDecimal share = BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100));
        Funds funds = document.funds();
        BigDecimal executed = funds.budget().multiply(share).setScale(2, RoundingMode.HALF_UP);
        Funds changed = new Funds(funds.budget(), funds.initialBudget(), executed, BigDecimal.valueOf(percent),
                List.of(), null, funds.carryover(), null);
        List<KeyTask> tasks = new ArrayList<>();
        for (KeyTask task : document.keyTasks()) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : task.indicators()) {
                Target target = i.target();
                Target actual = target == null || target.value() == null ? i.actual()
                        : Target.parse(target.value().multiply(share).stripTrailingZeros().toPlainString()
                                + (target.unit() == null ? "" : target.unit()));
                indicators.add(Indicator.builder().levels(i.level1(), i.level2(), i.levelInferred()).name(i.name())
                        .cycleTarget(i.cycleTarget()).annualTarget(i.annualTarget()).actual(actual).met(percent >= 100)
                        .deviationReason(percent >= 100 ? null : "受客观因素影响未全部完成").build());
            }
            BigDecimal taskExecuted = task.budget().multiply(share).setScale(2, RoundingMode.HALF_UP);
            tasks.add(new KeyTask(task.name(), task.expectedGoal(), task.budget(), taskExecuted,
                    BigDecimal.valueOf(percent), task.outcome(), task.leader(), indicators, null));
        }
        return document.withFunds(changed).withKeyTasks(tasks);
    }

    /**
     * The document with each 执行率 as its amounts make it (executed ÷ budget, to two decimals), as a unit states it
     * to be submitted: {@link #performingAt} states the round percentage, which a cent's rounding of small amounts
     * makes a FUNDS_MISMATCH.
     */
    public static EvaluationDocument ratesAsExecuted(EvaluationDocument document) {
        Funds funds = document.funds();
        List<KeyTask> tasks = document.keyTasks().stream()
                .map(t -> t.withFunds(t.budget(), t.executed(), Money.rate(t.executed(), t.budget()))).toList();
        return document.withFunds(funds.withTotals(funds.budget(), funds.executed(),
                Money.rate(funds.executed(), funds.budget()))).withKeyTasks(tasks);
    }
}
