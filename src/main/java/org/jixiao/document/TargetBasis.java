package org.jixiao.document;

/** 指标值设定依据: what a goal's target value rests on, so that the reviewer can judge whether it is set too low. */
public enum TargetBasis {
    /** 历史标准: what the unit achieved in past years. */
    HISTORICAL("历史标准"),
    /** 行业标准: a standard of the trade or a national norm. */
    INDUSTRY("行业标准"),
    /** 计划标准: a plan, a programme or a decision that sets the figure. */
    PLAN("计划标准"),
    /** 其他: anything else, said in words beside it. */
    OTHER("其他");

    private final String label;

    TargetBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
