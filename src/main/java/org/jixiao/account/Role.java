package org.jixiao.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do; each account has exactly one role. The administration is split three ways (三员分立,
 * as 等保 level 3 asks): the system administrator keeps the system running, the security administrator keeps its
 * accounts safe, the audit administrator reads what both did; no one holds two of these, and none of them writes an
 * evaluation.
 */
public enum Role {
    /** 单位填报人: edits and submits the evaluations of their own unit. */
    UNIT_EDITOR("单位填报人"),
    /** 项目负责人: edits the key tasks of their unit that name them as leader. */
    PROJECT_LEADER("项目负责人"),
    /** 财政审核人: sees every unit of their region; returns, approves and publishes. */
    FINANCE_REVIEWER("财政审核人"),
    /** 系统管理员: units, the accounts of the people above, scoring profiles, fiscal years, the indicator library. */
    ADMINISTRATOR("系统管理员"),
    /** 安全管理员: the administrators' accounts, password resets and unlocking, the second factor's rules. */
    SECURITY_ADMINISTRATOR("安全管理员"),
    /** 审计管理员: reads the security log and nothing else. */
    AUDIT_ADMINISTRATOR("审计管理员"),
    /** 第三方评价人员: a third-party institution's person, who sees only the in-depth evaluations assigned to it. */
    THIRD_PARTY_EVALUATOR("第三方评价人员"),
    /** 评审专家: scores the in-depth evaluations assigned to them, on their own. */
    EXPERT("评审专家");

    /** The three administrators of 三员分立. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR, SECURITY_ADMINISTRATOR,
            AUDIT_ADMINISTRATOR);

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

    /** Whether this is one of the three administrators, who manage the system and write no evaluation. */
    public boolean administers() {
        return ADMINISTRATORS.contains(this);
    }
}
