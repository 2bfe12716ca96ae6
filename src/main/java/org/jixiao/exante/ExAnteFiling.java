package org.jixiao.exante;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit states in its request, as it typed it: checked by {@link ExAnteRequests} before it is stored.
 *
 * @param amount     the amount requested, 万元
 * @param fundings   where the money comes from; they add up to the amount when submitted
 * @param goals      the project's overall goal
 * @param indicators its performance indicators, one a line (指标名称：指标值)
 */
public record ExAnteFiling(String projectName, Integer year, BigDecimal amount, List<Funding> fundings,
        String necessity, String goals, List<String> indicators, String plan) {

    public ExAnteFiling {
        fundings = fundings == null ? List.of() : List.copyOf(fundings);
        indicators = indicators == null ? List.of() : indicators.stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
