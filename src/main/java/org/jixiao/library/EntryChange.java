package org.jixiao.library;

/** What made a version of an entry. */
public enum EntryChange {
    /** Loaded with the installation from the shipped library. */
    SHIPPED("随系统提供"),
    CREATED("新建"),
    EDITED("修改"),
    PROPOSED("单位提议"),
    APPROVED("审核通过"),
    REJECTED("未通过审核"),
    RETIRED("停用"),
    REINSTATED("恢复使用"),
    IMPORTED("导入");

    private final String label;

    EntryChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
