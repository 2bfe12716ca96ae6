package org.jixiao.account;

/** What an account may do; each account has exactly one role. */
public enum Role {
    /** 单位填报人: edits and submits the evaluations of their own unit. */
    UNIT_EDITOR("单位填报人"),
    /** 项目负责人: edits the key tasks of their unit that name them as leader. */
    PROJECT_LEADER("项目负责人"),
    /** 财政审核人: sees every unit of their region; returns, approves and publishes. */
    FINANCE_REVIEWER("财政审核人"),
    /** 管理员: units, accounts, regions, scoring profiles, fiscal years. */
    ADMINISTRATOR("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether accounts of this role belong to one unit (and need its id). */
    public boolean belongsToUnit() {
        return this == UNIT_EDITOR || this == PROJECT_LEADER;
    }
}
