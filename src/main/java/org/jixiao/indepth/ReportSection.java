package org.jixiao.indepth;

/**
 * The sections of an in-depth evaluation's report in the Ministry's outline; the institution writes each one's
 * text, and the report adds what the system knows (the project's figures, the scores, the grade) where it belongs.
 */
public enum ReportSection {
    BASICS("一、基本情况"),
    WORK("二、评价工作开展情况"),
    CONCLUSION("三、综合评价情况及评价结论"),
    ANALYSIS("四、绩效评价指标分析"),
    FINDINGS("五、主要经验及做法、存在的问题及原因分析"),
    SUGGESTIONS("六、有关建议"),
    OTHER("七、其他需要说明的问题");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** Whether the report may not be published without this section's text (七 is written only where needed). */
    public boolean required() {
        return this != OTHER;
    }
}
