package org.jixiao.web;

/**
 * The cells every indicator row of a form has as typed: its two levels, its name and its two targets (实施周期指标值,
 * 年度指标值). The self-evaluation's workspace and the goal sheet's editor bind the same inputs, so the names the
 * browser posts, and the pages' anchors read off them, stay one set.
 */
public class IndicatorCells {

    private String level1;
    private String level2;
    private String name;
    private String cycleTarget;
    private String annualTarget;

    public String getLevel1() {
        return level1;
    }

    public void setLevel1(String level1) {
        this.level1 = level1;
    }

    public String getLevel2() {
        return level2;
    }

    public void setLevel2(String level2) {
        this.level2 = level2;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCycleTarget() {
        return cycleTarget;
    }

    public void setCycleTarget(String cycleTarget) {
        this.cycleTarget = cycleTarget;
    }

    public String getAnnualTarget() {
        return annualTarget;
    }

    public void setAnnualTarget(String annualTarget) {
        this.annualTarget = annualTarget;
    }
}
