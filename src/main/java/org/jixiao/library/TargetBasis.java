package org.jixiao.library;

/** How an indicator's target value is set (财预〔2021〕101号): by plan, by a standard of the trade, by history. */
public enum TargetBasis {
    /** 计划标准: the plan, the approved budget or the task's own programme. */
    PLAN("计划标准"),
    /** 行业标准: a national or sector standard, a norm of the trade. */
    INDUSTRY("行业标准"),
    /** 历史标准: the actual values of past years. */
    HISTORY("历史标准"),
    OTHER("其他");

    private final String label;

    TargetBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TargetBasis parse(String text) {
        for (TargetBasis basis : values()) {
            if (basis.name().equals(text) || basis.label.equals(text)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("未知的目标值依据“" + text + "”（应为计划标准、行业标准、历史标准或其他）");
    }
}
