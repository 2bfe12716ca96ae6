package org.jixiao.goals;

/** What the finance bureau judges a unit's goals on (目标审核), each given a grade and a comment. */
public enum Criterion {
    /** 完整性: every part of the sheet stated, the indicators covering output, benefit and satisfaction. */
    COMPLETENESS("完整性"),
    /** 相关性: the goals and indicators follow from the unit's duties and what the money is for. */
    RELEVANCE("相关性"),
    /** 适当性: the targets match the money asked for, neither too low nor beyond reach. */
    APPROPRIATENESS("适当性"),
    /** 可行性: the goals can be reached in the period with the means stated. */
    FEASIBILITY("可行性");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
