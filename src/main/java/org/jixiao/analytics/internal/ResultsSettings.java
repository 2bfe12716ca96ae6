package org.jixiao.analytics.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.analytics.AdviceRules;
import org.jixiao.document.Grade;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A region's results-application rules, as settings: for each grade what to advise and, for a cut, by how much.
 * {@code jixiao.results.action.FAIR=CUT}, {@code jixiao.results.cut-percent.FAIR=10}; unset grades follow the
 * standard rules (优 priority, 良 keep, 中 cut 10 %, 差 cancel or suspend).
 */
@ConfigurationProperties("jixiao.results")
public record ResultsSettings(Map<Grade, AdviceRules.Action> action, Map<Grade, BigDecimal> cutPercent) {

    public AdviceRules rules() {
        AdviceRules standard = AdviceRules.standard();
        Map<Grade, AdviceRules.Rule> rules = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            AdviceRules.Rule base = standard.byGrade().get(grade);
            AdviceRules.Action chosen = action == null || !action.containsKey(grade) ? base.action() : action.get(grade);
            BigDecimal percent = cutPercent == null || !cutPercent.containsKey(grade) ? base.cutPercent()
                    : cutPercent.get(grade);
            rules.put(grade, new AdviceRules.Rule(chosen, percent));
        }
        return new AdviceRules(rules);
    }
}
