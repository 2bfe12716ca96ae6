package org.jixiao.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.document.Grade;
import org.jixiao.document.Money;

/**
 * 结果应用: how a grade turns into advice on next year's budget. The default follows common provincial practice:
 * 优 priority, 良 keep, 中 cut by a set percentage, 差 cancel or suspend. A region may set its own percentages.
 */
public record AdviceRules(Map<Grade, Rule> byGrade) {

    public AdviceRules {
        EnumMap<Grade, Rule> copy = new EnumMap<>(Grade.class);
        copy.putAll(byGrade);
        for (Grade grade : Grade.values()) {
            if (!copy.containsKey(grade)) {
                throw new IllegalArgumentException("结果应用规则缺少等级" + grade.label());
            }
            if (copy.get(grade).action() == Action.COMPLETE_INDICATORS) {
                throw new IllegalArgumentException("结果应用规则：等级" + grade.label() + "不能设为“"
                        + Action.COMPLETE_INDICATORS.label() + "”，该建议只用于无法评分的评价");
            }
        }
        byGrade = Collections.unmodifiableMap(copy); // in the order of the grades, 优 first
    }

    /** 优 priority, 良 keep, 中 cut 10 %, 差 cancel or suspend. */
    public static AdviceRules standard() {
        return new AdviceRules(Map.of(
                Grade.EXCELLENT, new Rule(Action.PRIORITY, BigDecimal.ZERO),
                Grade.GOOD, new Rule(Action.KEEP, BigDecimal.ZERO),
                Grade.FAIR, new Rule(Action.CUT, BigDecimal.TEN),
                Grade.POOR, new Rule(Action.CANCEL, BigDecimal.valueOf(100))));
    }

    /**
     * The advice for an evaluation.
     *
     * @param total  its total score (rounded as shown)
     * @param budget this year's budget, the base of the advised amount (万元)
     */
    public Advice advise(int fiscalYear, BigDecimal total, BigDecimal budget) {
        return advise(fiscalYear, total, budget, "自评");
    }

    /** The same for a score of another kind ({@code scoredBy}: 自评, 重点绩效评价), which the reason names. */
    public Advice advise(int fiscalYear, BigDecimal total, BigDecimal budget, String scoredBy) {
        Grade grade = Grade.of(total);
        Rule rule = byGrade.get(grade);
        BigDecimal advised = budget == null ? null : switch (rule.action()) {
            case PRIORITY, KEEP -> budget;
            case CUT -> budget.multiply(BigDecimal.valueOf(100).subtract(rule.cutPercent()))
                    .divide(BigDecimal.valueOf(100), Money.SCALE, RoundingMode.HALF_UP);
            case CANCEL -> BigDecimal.ZERO;
            case COMPLETE_INDICATORS -> null; // never a grade's rule (refused above)
        };
        String reason = fiscalYear + "年度" + scoredBy + "得分" + total.setScale(2, RoundingMode.HALF_UP).toPlainString() + "（"
                + grade.label() + "），" + rule.action().describe(rule.cutPercent())
                + (budget == null ? "" : "：本年度预算" + Money.format(budget) + "万元，建议" + Money.format(advised) + "万元");
        return new Advice(grade, rule.action(), advised, reason);
    }

    /**
     * The advice for an evaluation with too little to score: no grade, so no budget advice by grade; it is to
     * complete its indicators and be scored again before next year's budget is set.
     *
     * @param missing what it lacks, in Chinese (重点工作任务均无绩效指标)
     */
    public Advice adviseNotScorable(int fiscalYear, String missing) {
        String reason = fiscalYear + "年度自评无法评分（" + missing + "），不按等级提出预算增减建议："
                + Action.COMPLETE_INDICATORS.describe(BigDecimal.ZERO);
        return new Advice(null, Action.COMPLETE_INDICATORS, null, reason);
    }

    /** What a grade leads to; cutPercent is used by CUT. */
    public record Rule(Action action, BigDecimal cutPercent) {

        public Rule {
            if (cutPercent == null || cutPercent.signum() < 0 || cutPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("压减比例应在 0 至 100 之间");
            }
        }
    }

    public enum Action {
        PRIORITY("优先保障"),
        KEEP("维持"),
        CUT("压减"),
        CANCEL("取消或暂停"),
        /** Not by grade: for an evaluation with too little to score. */
        COMPLETE_INDICATORS("补充绩效指标");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        String describe(BigDecimal cutPercent) {
            return switch (this) {
                case PRIORITY -> "建议下年度预算优先保障";
                case KEEP -> "建议下年度预算维持";
                case CUT -> "建议下年度预算压减" + cutPercent.stripTrailingZeros().toPlainString() + "%";
                case CANCEL -> "建议下年度取消或暂停该项支出";
                case COMPLETE_INDICATORS -> "建议补充重点工作任务的绩效指标（产出、效益、满意度指标）及其完成值，重新评分后再安排下年度预算";
            };
        }
    }

    /**
     * The advice for one evaluation, with the reason a finance officer can quote.
     *
     * @param grade         the grade advised on; null for an evaluation with too little to score
     * @param advisedBudget next year's budget advised (万元); null where this year's is unknown or not scorable
     */
    public record Advice(Grade grade, Action action, BigDecimal advisedBudget, String reason) {
    }
}
