package org.jixiao.review;

/** What an audit event records. */
public enum AuditAction {
    CREATED("创建"),
    IMPORTED("导入"),
    EDITED("修改"),
    SUBMITTED("提交"),
    RETURNED("退回"),
    APPROVED("审核通过"),
    PUBLISHED("公开"),
    /** A monitoring figure of a month changed: a key task's spending or note, an indicator's progress. */
    MONITORING_REPORTED("填报运行监控");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
