package org.jixiao.document;

/** What a document evaluates: all of a department's spending, or one project. */
public enum Kind {
    /** 部门整体支出绩效自评. */
    DEPARTMENT_OVERALL("部门整体支出绩效自评"),
    /** 项目支出绩效自评. */
    PROJECT("项目支出绩效自评");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The Chinese name printed in reports. */
    public String label() {
        return label;
    }
}
