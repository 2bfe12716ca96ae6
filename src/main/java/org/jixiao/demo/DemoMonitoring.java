package org.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Target;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.ExecutionMonitoring.ProgressReport;
import org.jixiao.monitoring.ExecutionMonitoring.TaskReport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A year of 双监控 for a demo evaluation, reported month by month as its unit would: each key task's spending since
 * January rises evenly to what the task spent in the year, so that a task that spent half its budget stands red all
 * year and one at three quarters yellow, whichever month the page opens at; at the review point (August) and at
 * the year's end, how each indicator stands. A task's leader reports it, the editor the others.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoMonitoring {

    private static final int MONTHS = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExecutionMonitoring monitoring;

    DemoMonitoring(ExecutionMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    /** Reports January to December of the evaluation; {@code leader} may be null. */
    void report(long id, EvaluationDocument document, Actor editor, Actor leader) {
        int reviewMonth = monitoring.rules().reviewMonth();
        // spending in step with the year: a task stands all year where its rate for the year puts it
        BigDecimal behindBelow = monitoring.rules().yellowBelow();
        for (int month = 1; month <= MONTHS; month++) {
            Map<Actor, List<TaskReport>> byReporter = new LinkedHashMap<>();
            for (KeyTask task : document.keyTasks()) {
                if (task.budget() == null || task.executed() == null) {
                    continue; // nothing spent to spread over the year
                }
                Actor reporter = leader != null && leader.displayName().equals(task.leader()) ? leader : editor;
                boolean standing = month == reviewMonth || month == MONTHS;
                byReporter.computeIfAbsent(reporter, who -> new ArrayList<>()).add(task(task, month, standing, behindBelow));
            }
            int reported = month;
            byReporter.forEach((reporter, tasks) -> monitoring.report(reporter, id, reported, tasks));
        }
    }

    private static TaskReport task(KeyTask task, int month, boolean standing, BigDecimal behindBelow) {
        BigDecimal executed = month == MONTHS ? task.executed()
                : task.executed().multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(MONTHS), 2,
                        RoundingMode.HALF_UP);
        boolean behind = task.executed().multiply(HUNDRED).compareTo(task.budget().multiply(behindBelow)) < 0;
        List<ProgressReport> indicators = new ArrayList<>();
        if (standing) {
            for (Indicator indicator : task.indicators()) {
                if (indicator.actual() != null) {
                    indicators.add(progress(indicator, month, behind));
                }
            }
        }
        return new TaskReport(task.name(), executed, standing && behind ? reason(task) : null, indicators);
    }

    /** By the month: the actual value's share so far (已完成 32场), or at the year's end the actual itself. */
    private static ProgressReport progress(Indicator indicator, int month, boolean behind) {
        Target actual = indicator.actual();
        if (month == MONTHS) {
            boolean met = !Boolean.FALSE.equals(indicator.met());
            return new ProgressReport(indicator.name(), "实际完成值 " + actual.text(), met,
                    met ? null : indicator.deviationReason());
        }
        String progress;
        if (actual.value() == null) {
            progress = "按计划推进";
        } else if (isLevel(indicator)) {
            progress = "目前 " + actual.text();
        } else {
            progress = "已完成 " + share(actual.value(), month).toPlainString()
                    + (actual.unit() == null ? "" : actual.unit());
        }
        return new ProgressReport(indicator.name(), progress, !behind, null);
    }

    /** A rate or a cost per unit stands at a level during the year; counts add up month by month. */
    private static boolean isLevel(Indicator indicator) {
        Target target = indicator.target();
        return "%".equals(indicator.actual().unit())
                || target != null && target.comparator() != null && target.comparator().isLowerBetter();
    }

    private static BigDecimal share(BigDecimal value, int month) {
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        return value.multiply(BigDecimal.valueOf(month))
                .divide(BigDecimal.valueOf(MONTHS), scale, RoundingMode.HALF_UP);
    }

    /** Why the task is behind, as its indicators explain it. */
    private static String reason(KeyTask task) {
        return task.indicators().stream().map(Indicator::deviationReason).filter(r -> r != null && !r.isBlank())
                .findFirst().orElse("支出进度慢于序时进度，正在督促加快执行。");
    }
}
