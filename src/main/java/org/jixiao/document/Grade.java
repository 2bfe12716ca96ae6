package org.jixiao.document;

import java.math.BigDecimal;

/** 等级: the grade a total score earns (财预〔2020〕10号): ≥90 优, ≥80 良, ≥60 中, else 差. */
public enum Grade {
    EXCELLENT("优", 90),
    GOOD("良", 80),
    FAIR("中", 60),
    POOR("差", 0);

    private final String label;
    private final BigDecimal threshold;

    Grade(String label, int threshold) {
        this.label = label;
        this.threshold = BigDecimal.valueOf(threshold);
    }

    public String label() {
        return label;
    }

    /** The lowest total that earns this grade. */
    public BigDecimal threshold() {
        return threshold;
    }

    /** The grade of a total (already rounded as shown). */
    public static Grade of(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(grade.threshold) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
