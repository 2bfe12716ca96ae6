package org.jixiao.goals;

/** The grade a reviewer gives one criterion: 优, 良, 中, or 差, which means the unit must revise. */
public enum GoalGrade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    GoalGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
