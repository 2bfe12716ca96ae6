package org.jixiao.indepth;

/** Who evaluates: the department its own units' projects (部门评价), or the finance bureau (财政评价). */
public enum InDepthKind {
    DEPARTMENT("部门评价"),
    FINANCE("财政评价");

    private final String label;

    InDepthKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
