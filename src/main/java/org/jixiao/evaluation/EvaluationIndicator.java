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
        // the row names its columns as the document names its values: those not mapped here are copied by name
        String json = KeptFields.writeGroups(kept);
        return Components.make(EvaluationIndicator.class, name -> switch (name) {
            case "cycleTarget" -> TargetColumns.of(indicator.cycleTarget());
            case "annualTarget" -> TargetColumns.of(indicator.annualTarget());
            case "actual" -> TargetColumns.of(indicator.actual());
            case "extensionsJson" -> json;
            default -> Components.get(indicator, name);
        });
    }

    Indicator toDocument() {
        Map<String, Object> kept = KeptFields.read(extensionsJson);
        return Components.make(Indicator.class, component -> switch (component) {
            case "cycleTarget" -> target(cycleTarget, KeptFields.group(kept, "cycleTarget"));
            case "annualTarget" -> target(annualTarget, KeptFields.group(kept, "annualTarget"));
            case "actual" -> target(actual, KeptFields.group(kept, "actual"));
            case "extensions" -> KeptFields.group(kept, "indicator");
            default -> Components.get(this, component);
        });
    }

    private static Map<String, Object> keptOf(Target target) {
        return target == null ? Map.of() : target.extensions();
    }

    private static Target target(TargetColumns columns, Map<String, Object> kept) {
        return columns == null ? null : columns.toTarget(kept);
    }
}
