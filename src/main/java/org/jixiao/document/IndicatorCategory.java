package org.jixiao.document;

/** 一级指标: the first level of the indicator framework. */
public enum IndicatorCategory {
    OUTPUT("产出指标"),
    BENEFIT("效益指标"),
    SATISFACTION("满意度指标"),
    /** 成本指标, where a framework keeps cost apart from output. */
    COST("成本指标");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
