package org.jixiao.review;

import java.util.Arrays;
import org.jixiao.document.Kind;

/**
 * The sections of the report a reviewer can comment on when returning an evaluation, each named as a department's
 * report names it and as a project's 自评表 and report do (（二）部门整体收支情况 / 项目资金情况).
 */
public enum ReviewSection {
    GENERAL("general", "总体意见", "总体意见"),
    FUNCTIONS("functions", "（一）部门职能", "单位职能"),
    FUNDS("funds", "（二）部门整体收支情况", "项目资金情况"),
    GOALS("goals", "（三）部门整体支出绩效目标", "年度总体目标"),
    KEY_TASKS("keyTasks", "重点工作任务及绩效指标", "项目绩效目标完成情况及绩效指标"),
    CONCLUSION("conclusion", "自评结论综述", "自评结论"),
    ACHIEVEMENTS("achievements", "主要工作成效", "主要工作成效"),
    PROBLEMS("problems", "存在的主要问题", "存在的主要问题"),
    MEASURES("measures", "下一步改进措施", "下一步改进措施");

    private final String key;
    private final String label;
    private final String projectLabel;

    ReviewSection(String key, String label, String projectLabel) {
        this.key = key;
        this.label = label;
        this.projectLabel = projectLabel;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The section's name in an evaluation of that kind: a project's words its parts as its 自评表 does. */
    public String label(Kind kind) {
        return kind == Kind.PROJECT ? projectLabel : label;
    }

    static String labelOf(String key, Kind kind) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).map(s -> s.label(kind)).findFirst().orElse(key);
    }

    static boolean isKnown(String key) {
        return Arrays.stream(values()).anyMatch(s -> s.key.equals(key));
    }
}
