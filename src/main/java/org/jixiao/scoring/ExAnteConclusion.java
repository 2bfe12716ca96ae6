package org.jixiao.scoring;

/** 事前绩效评估的结论, which the budget decision cites. */
public enum ExAnteConclusion {
    SUPPORT("予以支持"),
    SUPPORT_AFTER_ADJUSTMENT("调整后支持"),
    REJECT("不予支持");

    private final String label;

    ExAnteConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
