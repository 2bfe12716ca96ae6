package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.ExecutionMonitoring.MonitoringView;
import org.jixiao.monitoring.ExecutionMonitoring.TaskMonitoring;
import org.jixiao.monitoring.MonitoringRules.Standing;

/** 绩效运行监控 of one evaluation at a month: each key task's spending and signal, each indicator's progress. */
@Schema(name = "EvaluationMonitoring", description = "一份评价的绩效运行监控（双监控）：截至某月各重点工作任务的执行与预警、各指标的进度")
record EvaluationMonitoring(
        @Schema(description = "评价编号") long evaluationId,
        @Schema(description = "标题") String title,
        @Schema(description = "年度") int fiscalYear,
        @Schema(description = "所示月份（1–12）") int month,
        @Schema(description = "该月是否为评估点（默认 8 月）") boolean reviewPoint,
        @Schema(description = "评估点月份") int reviewMonth,
        @Schema(description = "各重点工作任务") List<Task> tasks) {

    static EvaluationMonitoring of(MonitoringView view) {
        var evaluation = view.evaluation();
        return new EvaluationMonitoring(evaluation.id(), evaluation.document().title(),
                evaluation.document().fiscalYear(), view.month(), view.reviewPoint(), view.reviewMonth(),
                view.tasks().stream().map(Task::of).toList());
    }

    @Schema(name = "MonitoredTask", description = "一项重点工作任务截至所示月份的执行情况")
    record Task(
            @Schema(description = "任务名称") String name,
            @Schema(description = "年度预算（万元）") BigDecimal budget,
            @Schema(description = "截至所示月份自年初起的累计执行数（万元）") BigDecimal executed,
            @Schema(description = "所示月份填报的说明") String note,
            @Schema(description = "执行进度与预警") Standing standing,
            @Schema(description = "各月填报的累计执行数") List<Month> months,
            @Schema(description = "各指标所示月份的进度") List<Progress> indicators) {

        static Task of(TaskMonitoring task) {
            List<Month> months = task.reported().keySet().stream().sorted()
                    .map(month -> new Month(month, task.executedIn(month))).toList();
            List<Progress> indicators = task.indicators().stream().map(Progress::of).toList();
            return new Task(task.name(), task.budget(), task.executed(), task.note(), task.standing(), months,
                    indicators);
        }
    }

    @Schema(name = "MonthlyExecution", description = "某月填报的自年初起累计执行数")
    record Month(@Schema(description = "月份") int month, @Schema(description = "累计执行数（万元）") BigDecimal executed) {
    }

    @Schema(name = "IndicatorProgress", description = "一个指标所示月份的进度")
    record Progress(
            @Schema(description = "三级指标名称") String name,
            @Schema(description = "年度指标值") String annualTarget,
            @Schema(description = "进度（文字，如 已完成 60%）") String progress,
            @Schema(description = "是否按计划推进") Boolean onTrack,
            @Schema(description = "说明") String note) {

        static Progress of(ExecutionMonitoring.IndicatorMonitoring indicator) {
            var p = indicator.progress();
            return new Progress(indicator.name(), indicator.annualTarget(), p == null ? null : p.progress(),
                    p == null ? null : p.onTrack(), p == null ? null : p.note());
        }
    }
}
