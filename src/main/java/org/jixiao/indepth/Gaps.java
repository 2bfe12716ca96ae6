package org.jixiao.indepth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Grade;

/**
 * 再评价偏差 of a region: each published in-depth evaluation's self-score against its in-depth score, and per unit
 * the mean of its projects' gaps, flagged where it reaches the threshold (the unit scores itself high).
 *
 * @param threshold the mean gap (points) from which a unit is flagged
 */
public record Gaps(List<ProjectGap> projects, List<UnitGap> units, BigDecimal threshold) {

    public Gaps {
        projects = List.copyOf(projects);
        units = List.copyOf(units);
    }

    /** One published in-depth evaluation; {@code gap} is the self-score less the in-depth score. */
    public record ProjectGap(long id, long unitId, String unitName, String project, int fiscalYear, BigDecimal budget,
            BigDecimal selfScore, BigDecimal inDepthScore, Grade grade, BigDecimal gap) {
    }

    /**
     * A unit's gaps: how many projects, their mean (two decimals, half up), and whether it reaches the threshold.
     */
    public record UnitGap(long unitId, String unitName, int projects, BigDecimal meanGap, boolean high) {
    }

    /** The gaps of the projects given (those without a self-score left out), the units in order of their mean, highest first. */
    static Gaps of(List<ProjectGap> all, BigDecimal threshold) {
        List<ProjectGap> projects = all.stream().filter(p -> p.gap() != null).toList();
        Map<Long, List<ProjectGap>> byUnit = new LinkedHashMap<>();
        for (ProjectGap project : projects) {
            byUnit.computeIfAbsent(project.unitId(), k -> new ArrayList<>()).add(project);
        }
        List<UnitGap> units = new ArrayList<>();
        byUnit.forEach((unit, gaps) -> {
            BigDecimal sum = gaps.stream().map(ProjectGap::gap).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(gaps.size()), 2, RoundingMode.HALF_UP);
            units.add(new UnitGap(unit, gaps.get(0).unitName(), gaps.size(), mean, mean.compareTo(threshold) >= 0));
        });
        units.sort((a, b) -> b.meanGap().compareTo(a.meanGap()));
        return new Gaps(projects, units, threshold);
    }
}
