package org.jixiao.goals;

/** Where a goal sheet stands: 草稿 → 已提交 → 退回 / 已审核 → 已公开 (published with the budget). */
public enum GoalStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("退回修改"),
    APPROVED("已审核"),
    PUBLISHED("已公开");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the unit may still change the sheet. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
