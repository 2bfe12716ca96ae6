package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Grade;

/**
 * An in-depth evaluation's scores side by side (docs/in-depth-evaluation.md): per indicator each expert's score, their
 * spread and whether it asks for a reason, the agreed score; per area and in total the agreed scores' sums; the grade
 * once every indicator is agreed.
 *
 * @param total    the sum of the agreed scores, two decimals
 * @param complete whether every indicator has an agreed score; only then is there a grade
 * @param grade    null until complete
 */
public record InDepthTally(List<Row> rows, Map<String, BigDecimal> areas, BigDecimal total, boolean complete,
        Grade grade) {

    public InDepthTally {
        rows = List.copyOf(rows);
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    }

    /** The experts who scored anything, in the order of their names: the columns of the table side by side. */
    public List<String> experts() {
        return rows.stream().flatMap(r -> r.byExpert().keySet().stream()).distinct().sorted().toList();
    }

    /**
     * One indicator.
     *
     * @param byExpert each expert's score, in the order of the experts' names; an expert who has not scored is absent
     * @param spread   the highest score less the lowest, null where no expert has scored
     * @param allowed  the spread up to which no reason is asked (the framework's share of the weight)
     * @param agreed   the agreed score, null until agreed
     */
    public record Row(InDepthFramework.Indicator indicator, Map<String, BigDecimal> byExpert, BigDecimal spread,
            BigDecimal allowed, InDepthAgreement agreed) {

        /** Whether the experts differ by more than the framework allows, so the agreement needs a written reason. */
        public boolean wide() {
            return spread != null && spread.compareTo(allowed) > 0;
        }
    }
}
