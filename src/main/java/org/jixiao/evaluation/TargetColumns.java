package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.document.Comparison;
import org.jixiao.document.Target;

/** A target or actual value as four columns: the wording and what it means. */
record TargetColumns(String text, Comparison comparator, BigDecimal value, String unit) {

    static TargetColumns of(Target target) {
        return target == null ? null
                : new TargetColumns(target.text(), target.comparator(), target.value(), target.unit());
    }

    Target toTarget(Map<String, Object> keptFields) {
        if (text == null && comparator == null) {
            return null;
        }
        return new Target(text, comparator, value, unit, keptFields);
    }
}
