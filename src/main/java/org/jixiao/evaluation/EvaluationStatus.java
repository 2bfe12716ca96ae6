package org.jixiao.evaluation;

/** Where an evaluation stands in review: 草稿 → 已提交 → 退回 / 已审核 → 已公开. */
public enum EvaluationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("退回"),
    APPROVED("已审核"),
    PUBLISHED("已公开");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the unit may still change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
