package org.jixiao.exante;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit states in its request, as it typed it: checked by {@link ExAnteRequests} before it is stored.
 *
 * @param amount     the amount requested, 万元
 * @param fundings   where the money comes from; they add up to the amount when submitted
 * @param goals      the project's overall goal
 * @param indicators  its performance indicators, one a line (指标名称：指标值)
 * @param projectCode 项目编码 where the budget gives one, else null: it joins the project's years when renamed
 */
public record ExAnteFiling(String projectName, Integer year, BigDecimal amount, List<Funding> fundings,
        String necessity, String goals, List<String> indicators, String plan, String projectCode) {

    public ExAnteFiling {
        fundings = fundings == null ? List.of() : List.copyOf(fundings);
        indicators = indicators == null ? List.of() : indicators.stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        projectCode = projectCode == null || projectCode.isBlank() ? null : projectCode.strip();
    }

    /** A filing of a project the budget has given no code (yet). */
    public ExAnteFiling(String projectName, Integer year, BigDecimal amount, List<Funding> fundings, String necessity,
            String goals, List<String> indicators, String plan) {
        this(projectName, year, amount, fundings, necessity, goals, indicators, plan, null);
    }
}
