package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.document.Indicator;

/**
 * One task's indicators told twice: in a table (or the 自评表) and in sentences (or the report's text). The table
 * states the levels, 分值 and 得分; the sentences word the targets, the actual value, the verdict and the reason,
 * and are read whole even where a table laid out in a PDF is not. So the sentences' list is kept, each indicator
 * taking from the table's row of the same name its levels and what it does not state itself; without sentences
 * the table's list stands.
 */
final class IndicatorMerge {

    private IndicatorMerge() {
    }

    static List<Indicator> of(List<Indicator> table, List<Indicator> sentences) {
        return of(table, null, sentences);
    }

    /** The same, where {@code levelsStated} tells which table rows state their levels (null: all of them). */
    static List<Indicator> of(List<Indicator> table, List<Boolean> levelsStated, List<Indicator> sentences) {
        if (sentences.isEmpty()) {
            return table;
        }
        if (table.isEmpty()) {
            return sentences;
        }
        List<Indicator> unused = new ArrayList<>(table);
        List<Indicator> merged = new ArrayList<>();
        for (Indicator told : sentences) {
            Indicator row = null;
            for (Indicator candidate : unused) {
                if (told.name() != null && Objects.equals(key(told.name()), key(candidate.name()))) {
                    row = candidate;
                    break;
                }
            }
            if (row == null) {
                merged.add(told);
                continue;
            }
            boolean levels = levelsStated == null ? row.level1() != null || row.level2() != null
                    : levelsStated.get(table.indexOf(row));
            unused.remove(row);
            merged.add(Indicator.builder()
                    .levels(levels ? row.level1() : told.level1(), levels ? row.level2() : told.level2(),
                            levels ? row.levelInferred() : told.levelInferred())
                    .name(told.name()).cycleTarget(or(told.cycleTarget(), row.cycleTarget()))
                    .annualTarget(or(told.annualTarget(), row.annualTarget())).actual(or(told.actual(), row.actual()))
                    .met(or(told.met(), row.met())).rating(or(told.rating(), row.rating()))
                    .score(or(row.score(), told.score())).weight(or(row.weight(), told.weight()))
                    .deviationReason(or(told.deviationReason(), row.deviationReason())).build());
        }
        return merged;
    }

    private static String key(String name) {
        return name == null ? null : Chars.parseView(name);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
