package org.jixiao.library;

/** Where an entry stands: proposed by a unit, in use, retired by an administrator, or not approved. */
public enum EntryStatus {
    PROPOSED("待审核"),
    ACTIVE("在用"),
    RETIRED("已停用"),
    REJECTED("未通过");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EntryStatus parse(String text) {
        for (EntryStatus status : values()) {
            if (status.name().equals(text) || status.label.equals(text)) {
                return status;
            }
        }
        throw new IllegalArgumentException("未知的状态“" + text + "”（应为在用或已停用）");
    }
}
