package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 重点工作任务: a main task or project with its own money and indicators; for a project document, the project.
 *
 * @param name          without its list number and without a trailing 项目/专项经费项目
 * @param expectedGoal  期望达到的目标 / 预期目标
 * @param budget        年度支出预算数 (万元)
 * @param executed      预算完成数 (万元)
 * @param executionRate 执行率 (%)
 * @param outcome       目标实际完成情况及主要成效
 * @param leader        项目负责人
 */
public record KeyTask(
        String name,
        String expectedGoal,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal executionRate,
        String outcome,
        String leader,
        List<Indicator> indicators,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public KeyTask {
        budget = Decimals.canonical(budget);
        executed = Decimals.canonical(executed);
        executionRate = Decimals.canonical(executionRate);
        indicators = Lists.copy(indicators);
        extensions = Extensions.copy(extensions);
    }

    /** The same task with another budget, execution and stated rate. */
    public KeyTask withFunds(BigDecimal newBudget, BigDecimal newExecuted, BigDecimal newRate) {
        return new KeyTask(name, expectedGoal, newBudget, newExecuted, newRate, outcome, leader, indicators,
                extensions);
    }

    /** The same task led by another 项目负责人. */
    public KeyTask withLeader(String newLeader) {
        return new KeyTask(name, expectedGoal, budget, executed, executionRate, outcome, newLeader, indicators,
                extensions);
    }

    public KeyTask withIndicators(List<Indicator> newIndicators) {
        return new KeyTask(name, expectedGoal, budget, executed, executionRate, outcome, leader, newIndicators,
                extensions);
    }
}
