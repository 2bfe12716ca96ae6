package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Target;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One indicator of a key task as stored. */
@Table("indicator")
record EvaluationIndicator(
        IndicatorCategory level1,
        IndicatorSubcategory level2,
        Boolean levelInferred,
        String name,
        @Embedded.Nullable(prefix = "cycle_") TargetColumns cycleTarget,
        @Embedded.Nullable(prefix = "annual_") TargetColumns annualTarget,
        @Embedded.Nullable(prefix = "actual_") TargetColumns actual,
        Boolean met,
        BigDecimal rating,
        BigDecimal score,
        BigDecimal weight,
        String deviationReason,
        String extensionsJson) {

    static EvaluationIndicator of(Indicator indicator) {
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
        kept.put("indicator", indicator.extensions());
        kept.put("cycleTarget", keptOf(indicator.cycleTarget()));
        kept.put("annualTarget", keptOf(indicator.annualTarget()));
        kept.put("actual", keptOf(indicator.actual()));
        return new EvaluationIndicator(indicator.level1(), indicator.level2(), indicator.levelInferred(),
                indicator.name(), TargetColumns.of(indicator.cycleTarget()), TargetColumns.of(indicator.annualTarget()),
                TargetColumns.of(indicator.actual()), indicator.met(), indicator.rating(), indicator.score(),
                indicator.weight(), indicator.deviationReason(), KeptFields.writeGroups(kept));
    }

    Indicator toDocument() {
        Map<String, Object> kept = KeptFields.read(extensionsJson);
        return new Indicator(level1, level2, levelInferred, name,
                target(cycleTarget, KeptFields.group(kept, "cycleTarget")),
                target(annualTarget, KeptFields.group(kept, "annualTarget")),
                target(actual, KeptFields.group(kept, "actual")),
                met, rating, score, weight, deviationReason, KeptFields.group(kept, "indicator"));
    }

    private static Map<String, Object> keptOf(Target target) {
        return target == null ? Map.of() : target.extensions();
    }

    private static Target target(TargetColumns columns, Map<String, Object> kept) {
        return columns == null ? null : columns.toTarget(kept);
    }
}
