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

    /**
     * The grade a report's word for it means: 优/优秀, 良/良好, 中/中等/合格, 差/较差/不合格 (a trailing 等 or 级
     * aside); null for a word that is none of these.
     */
    public static Grade ofWord(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().replaceFirst("[等级]+$", "");
        return switch (w) {
            case "优", "优秀" -> EXCELLENT;
            case "良", "良好" -> GOOD;
            case "中", "中等", "合格", "一般" -> FAIR;
            case "差", "较差", "不合格" -> POOR;
            default -> null;
        };
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
