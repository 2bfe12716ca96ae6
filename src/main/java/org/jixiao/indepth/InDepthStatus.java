package org.jixiao.indepth;

/**
 * Where an in-depth evaluation stands: opened (立项), its plan and framework being worked out (方案, the framework
 * editable), the experts scoring (评分, the framework frozen), the report being written (报告), published (已发布).
 * Each step goes one way.
 */
public enum InDepthStatus {
    OPENED("立项"),
    PLANNING("方案"),
    SCORING("评分"),
    REPORTING("报告"),
    PUBLISHED("已发布");

    private final String label;

    InDepthStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the framework may still be changed: before scoring starts. */
    public boolean frameworkEditable() {
        return this == OPENED || this == PLANNING;
    }

    /** The next step; refused from the last. */
    InDepthStatus next() {
        if (this == PUBLISHED) {
            throw new InDepthStepRefusedException("评价已发布，没有下一步");
        }
        return values()[ordinal() + 1];
    }
}
