package org.jixiao.rendering;

import java.util.List;

/** One element of the report, in reading order. */
public sealed interface ReportElement {

    /** heading, paragraph or table: what templates switch on. */
    String type();

    /** A heading: level 1 is 一、, level 2 is （一）, level 3 is a numbered key task (1.). */
    record Heading(int level, String text) implements ReportElement {

        @Override
        public String type() {
            return "heading";
        }
    }

    /**
     * A paragraph; {@code label} is a lead-in printed in bold where the report has one (支出完成情况：).
     */
    record Paragraph(String label, String text) implements ReportElement {

        @Override
        public String type() {
            return "paragraph";
        }

        public static Paragraph of(String text) {
            return new Paragraph(null, text);
        }

        /** The paragraph as one string, its lead-in included. */
        public String fullText() {
            return label == null ? text : label + text;
        }
    }

    /** The indicators of one key task as a table (三级指标, targets, actual, verdict). */
    record IndicatorTable(String keyTask, List<IndicatorRow> rows) implements ReportElement {

        @Override
        public String type() {
            return "table";
        }
    }

    /** One row of an indicator table, every cell as printed. */
    record IndicatorRow(String level1, String level2, String name, String cycleTarget, String annualTarget,
            String actual, String verdict) {
    }
}
