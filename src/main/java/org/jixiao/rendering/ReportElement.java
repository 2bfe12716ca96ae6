package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;

/** One element of the report, in reading order. */
public sealed interface ReportElement {

    /** heading, paragraph, table, appendix or form: what templates switch on. */
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
     * A {@code gap} paragraph says that the document leaves something out, so that a reader sees it.
     */
    record Paragraph(String label, String text, boolean gap) implements ReportElement {

        public Paragraph(String label, String text) {
            this(label, text, false);
        }

        @Override
        public String type() {
            return "paragraph";
        }

        public static Paragraph of(String text) {
            return new Paragraph(null, text, false);
        }

        /** What a reader sees where the document leaves a section empty. */
        public static Paragraph missing(String what) {
            return new Paragraph(null, "（未填写" + what + "）", true);
        }

        /** The paragraph as one string, its lead-in included. */
        public String fullText() {
            return label == null ? text : label + text;
        }
    }

    /**
     * The indicators of one key task as a table (三级指标, targets, actual, verdict), with the 分值 and 得分 the
     * document states where it states any.
     */
    record IndicatorTable(String keyTask, List<IndicatorRow> rows) implements ReportElement {

        /** The column heads, in the order of {@link IndicatorRow}'s cells. */
        public static final List<String> HEADS = List.of("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值",
                "实际完成值", "完成情况");

        /** The heads of the two columns shown where the document states a 分值 or 得分. */
        public static final List<String> SCORE_HEADS = List.of("分值", "得分");

        @Override
        public String type() {
            return "table";
        }

        /** Whether the table shows 分值 and 得分: the document states one for some indicator. */
        public boolean stated() {
            return rows.stream().anyMatch(row -> !row.weight().isEmpty() || !row.score().isEmpty());
        }

        /** The heads of the columns shown. */
        public List<String> heads() {
            if (!stated()) {
                return HEADS;
            }
            List<String> heads = new ArrayList<>(HEADS);
            heads.addAll(SCORE_HEADS);
            return List.copyOf(heads);
        }

        /** A row's cells under {@link #heads()}. */
        public List<String> cells(IndicatorRow row) {
            if (!stated()) {
                return row.cells();
            }
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(row.weight());
            cells.add(row.score());
            return List.copyOf(cells);
        }
    }

    /**
     * One row of an indicator table, every cell as printed.
     *
     * @param weight 分值 as the document states it, empty where it states none
     * @param score  得分 as the document states it, empty where it states none
     */
    record IndicatorRow(String level1, String level2, String name, String cycleTarget, String annualTarget,
            String actual, String verdict, String weight, String score) {

        /** The seven cells every indicator table has. */
        public List<String> cells() {
            return List.of(level1, level2, name, cycleTarget, annualTarget, actual, verdict);
        }
    }

    /** Where the appendix starts (on a new page): its title, e.g. 附件：绩效自评表. */
    record Appendix(String title) implements ReportElement {

        @Override
        public String type() {
            return "appendix";
        }
    }

    /** A 项目支出绩效自评表: the form of one project or key task, with its scores where known. */
    record Form(SelfEvaluationForm form) implements ReportElement {

        @Override
        public String type() {
            return "form";
        }

        /** The form as the grid every format draws. */
        public TableLayout layout() {
            return TableLayout.ofForm(form);
        }
    }

    /** A table laid out by its maker (the ex-ante assessment's criteria and facts), with a caption above it. */
    record Grid(String caption, TableLayout layout) implements ReportElement {

        @Override
        public String type() {
            return "grid";
        }
    }
}
