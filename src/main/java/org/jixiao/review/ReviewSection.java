package org.jixiao.review;

import java.util.Arrays;

/** The sections of the report a reviewer can comment on when returning an evaluation. */
public enum ReviewSection {
    GENERAL("general", "总体意见"),
    FUNCTIONS("functions", "（一）部门职能"),
    FUNDS("funds", "（二）部门整体收支情况"),
    GOALS("goals", "（三）部门整体支出绩效目标"),
    KEY_TASKS("keyTasks", "重点工作任务及绩效指标"),
    CONCLUSION("conclusion", "自评结论综述"),
    ACHIEVEMENTS("achievements", "主要工作成效"),
    PROBLEMS("problems", "存在的主要问题"),
    MEASURES("measures", "下一步改进措施");

    private final String key;
    private final String label;

    ReviewSection(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    static String labelOf(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).map(ReviewSection::label).findFirst().orElse(key);
    }

    static boolean isKnown(String key) {
        return Arrays.stream(values()).anyMatch(s -> s.key.equals(key));
    }
}
