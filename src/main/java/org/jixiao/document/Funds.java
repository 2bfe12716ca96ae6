package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 收支情况: budget against execution, by source and by nature, in 万元.
 *
 * @param budget        全年预算数 (adjusted)
 * @param initialBudget 年初预算数
 * @param executed      全年执行数
 * @param executionRate 执行率 in percent, as the source states it
 * @param carryover     年末结转和结余
 */
public record Funds(
        BigDecimal budget,
        BigDecimal initialBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        List<SourceFunds> bySource,
        FundsByNature byNature,
        BigDecimal carryover,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public Funds {
        budget = Decimals.canonical(budget);
        initialBudget = Decimals.canonical(initialBudget);
        executed = Decimals.canonical(executed);
        executionRate = Decimals.canonical(executionRate);
        bySource = Lists.copy(bySource);
        byNature = byNature == null || byNature.isEmpty() ? null : byNature;
        carryover = Decimals.canonical(carryover);
        extensions = Extensions.copy(extensions);
    }

    /** The same funds with another budget, execution and stated rate. */
    public Funds withTotals(BigDecimal newBudget, BigDecimal newExecuted, BigDecimal newRate) {
        return new Funds(newBudget, initialBudget, newExecuted, newRate, bySource, byNature, carryover, extensions);
    }

    public Funds withSources(List<SourceFunds> newSources) {
        return new Funds(budget, initialBudget, executed, executionRate, newSources, byNature, carryover, extensions);
    }

    public Funds withByNature(FundsByNature newByNature) {
        return new Funds(budget, initialBudget, executed, executionRate, bySource, newByNature, carryover, extensions);
    }

    /** Whether the source states nothing of its funds: such funds are the same as none. */
    @JsonIgnore
    public boolean isEmpty() {
        return budget == null && initialBudget == null && executed == null && executionRate == null
                && bySource.isEmpty() && byNature == null && carryover == null && extensions.isEmpty();
    }

    /** The executed amount of one source, or null where the source of funds is not listed. */
    public BigDecimal executedFrom(FundSource source) {
        return bySource.stream().filter(s -> s.source() == source).map(SourceFunds::executed)
                .findFirst().orElse(null);
    }
}
