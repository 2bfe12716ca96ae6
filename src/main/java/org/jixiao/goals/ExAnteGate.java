package org.jixiao.goals;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the goals ask of 事前绩效评估 before a project's goals are approved (docs/goals.md, "Before approval"),
 * answered by the exante module, which the goals do not know: the goals find whether the project is new and what it
 * asks, the ex-ante side its region's threshold and the project's conclusion.
 */
public interface ExAnteGate {

    /**
     * Why the project's goals may not be approved yet, in Chinese; empty where they may.
     *
     * @param amount     the sheet's funds for the year, 万元; null where it states none
     * @param continuing whether the project had approved goals or a self-evaluation in an earlier year
     */
    Optional<String> refusal(long unitId, String region, int year, String project, BigDecimal amount,
            boolean continuing);
}
