package org.jixiao.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jixiao.scoring.IndicatorNames;

/**
 * How a region's units use indicators in a year, from their indicators as rows: per indicator name how often it
 * is used, by how many units, its typical (median) annual target and actual where numeric in its most common
 * unit, and whether it is generic; per unit the share of generic indicators (the seed's 通用绩效指标过多, measured).
 */
final class IndicatorUsage {

    private IndicatorUsage() {
    }

    /** One indicator of one evaluation; the values only where numeric. */
    record Row(long unitId, String unitName, String name, BigDecimal target, String targetUnit, BigDecimal actual,
            String actualUnit) {
    }

    /** Whether a name is generic, and the library's entry of it (null if none). */
    interface Lookup {
        boolean generic(String name);

        LibraryIndicator entry(String name);
    }

    static LibraryStatistics.Report of(List<Row> rows, Lookup lookup) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        Map<Long, List<Row>> byUnit = new TreeMap<>();
        for (Row row : rows) {
            byName.computeIfAbsent(IndicatorNames.normalize(row.name()), n -> new ArrayList<>()).add(row);
            byUnit.computeIfAbsent(row.unitId(), u -> new ArrayList<>()).add(row);
        }
        List<LibraryStatistics.NameUse> names = new ArrayList<>();
        byName.forEach((normalized, uses) -> {
            String name = uses.get(0).name();
            String unit = mostCommon(uses);
            List<BigDecimal> targets = new ArrayList<>();
            List<BigDecimal> actuals = new ArrayList<>();
            for (Row use : uses) {
                if (use.target() != null && Objects.equals(use.targetUnit(), unit)) {
                    targets.add(use.target());
                }
                if (use.actual() != null && Objects.equals(use.actualUnit(), unit)) {
                    actuals.add(use.actual());
                }
            }
            LibraryIndicator entry = lookup.entry(name);
            names.add(new LibraryStatistics.NameUse(name, uses.size(),
                    (int) uses.stream().map(Row::unitId).distinct().count(), unit, median(targets), median(actuals),
                    lookup.generic(name), entry == null ? null : entry.code()));
        });
        names.sort(Comparator.comparing(LibraryStatistics.NameUse::uses, Comparator.reverseOrder())
                .thenComparing(LibraryStatistics.NameUse::name));
        List<LibraryStatistics.UnitShare> units = new ArrayList<>();
        byUnit.forEach((unitId, uses) -> {
            int generic = (int) uses.stream().filter(u -> lookup.generic(u.name())).count();
            units.add(new LibraryStatistics.UnitShare(unitId, uses.get(0).unitName(), uses.size(), generic,
                    BigDecimal.valueOf(generic * 100L).divide(BigDecimal.valueOf(uses.size()), 1, RoundingMode.HALF_UP)));
        });
        units.sort(Comparator.comparing(LibraryStatistics.UnitShare::genericPercent, Comparator.reverseOrder())
                .thenComparing(LibraryStatistics.UnitShare::unitName));
        int generic = units.stream().mapToInt(LibraryStatistics.UnitShare::generic).sum();
        return new LibraryStatistics.Report(rows.size(), generic, names, units);
    }

    /** The unit most targets of this name are written in (null: none given), for comparable medians. */
    private static String mostCommon(List<Row> uses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row use : uses) {
            if (use.target() != null) {
                counts.merge(String.valueOf(use.targetUnit()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(u -> !u.equals("null")).orElse(null);
    }

    /** The median: the middle value, or the mean of the two middle ones; null for none. */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.stripTrailingZeros();
    }
}
