package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jixiao.document.Grade;
import org.jixiao.document.Money;

/**
 * 项目支出绩效自评表: one project or key task as the form the finance bureau receives. Figures stay numbers
 * (the workbook computes with them); the scores are the document's own where it states them, else those of
 * its {@code score}, else absent (未评分).
 *
 * @param caption        printed above the form, e.g. 项目支出绩效自评表（妇联活动及组织建设阵地建设）; null where the
 *                       report's title already says it
 * @param projectName    项目名称
 * @param parent         主管部门
 * @param unit           实施单位
 * @param leader         项目负责人, where the document names one
 * @param initialBudget  年初预算数 (万元)
 * @param budget         全年预算数
 * @param executed       全年执行数
 * @param statedRate     执行率 (%) as the document states it
 * @param sources        the money by source under the total (其中：一般公共预算财政拨款, 上年结转, 其他资金), where the
 *                       document holds it; empty where it does not
 * @param executionScore 得分 of budget execution, where scored
 * @param expectedGoal   年度总体目标: 预期目标
 * @param outcome        年度总体目标: 实际完成情况
 * @param total          总分, where scored
 * @param grade          等级, where scored
 */
public record SelfEvaluationForm(String caption, Integer fiscalYear, String projectName, String parent, String unit,
        String leader, BigDecimal initialBudget, BigDecimal budget, BigDecimal executed, BigDecimal statedRate,
        List<SourceLine> sources, BigDecimal executionScore, String expectedGoal, String outcome, List<Row> rows, BigDecimal total,
        Grade grade) {

    /** 分值 of budget execution (docs/scoring.md: 10 of 100 points). */
    public static final BigDecimal EXECUTION_POINTS = BigDecimal.TEN;

    /** What the form says where there is no score. */
    public static final String UNSCORED = "未评分";

    /** Marks a 分值 or 得分 that the scoring rules gave, where the document states none. */
    public static final String COMPUTED_MARK = "※";

    /** Under a form that has such figures: what the mark means. */
    public static final String COMPUTED_NOTE = "注：标" + COMPUTED_MARK + "的分值、得分按评分规则计算，非原文所填。";

    public SelfEvaluationForm {
        sources = sources == null ? List.of() : List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    /** 执行率 as printed: the stated one, else executed ÷ budget; null where neither is known. */
    public BigDecimal rate() {
        return statedRate != null ? statedRate : Money.rate(executed, budget);
    }

    public boolean scored() {
        return total != null;
    }

    /** The sum of the indicators' 分值, null where none has one. */
    public BigDecimal indicatorPoints() {
        return rows.stream().map(Row::weight).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    /** Whether a 分值 or 得分 of an indicator is the scoring rules', not the document's. */
    public boolean hasComputedFigures() {
        return rows.stream().anyMatch(row -> row.weightComputed() || row.scoreComputed());
    }

    /**
     * The money of one source under the total, as the form prints it (其中：一般公共预算财政拨款).
     *
     * @param label    the source's name, with 其中： before the first
     * @param budget   its 全年预算数, where stated
     * @param executed its 全年执行数
     */
    public record SourceLine(String label, BigDecimal budget, BigDecimal executed) {

        /** executed ÷ budget in %, null where not computable. */
        public BigDecimal rate() {
            return Money.rate(executed, budget);
        }
    }

    /**
     * One indicator of the form.
     *
     * @param levelInferred whether the document's levels were inferred, not stated
     * @param weight         分值: the document's, else the points the scorer gave it
     * @param weightComputed whether the 分值 is the scorer's (the document states none)
     * @param score          得分: the document's, else the scorer's
     * @param scoreComputed  whether the 得分 is the scorer's
     */
    public record Row(String level1, String level2, boolean levelInferred, String name, String cycleTarget,
            String annualTarget, String actual, Boolean met, BigDecimal weight, boolean weightComputed,
            BigDecimal score, boolean scoreComputed, String deviationReason) {

        /** 完成 / 未完成 / empty, as the report prints the source's verdict. */
        public String verdict() {
            return met == null ? "" : met ? "完成" : "未完成";
        }
    }
}
