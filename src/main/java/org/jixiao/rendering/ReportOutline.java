package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.rendering.ReportElement.Appendix;
import org.jixiao.rendering.ReportElement.Form;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorRow;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;

/**
 * The self-evaluation report of a document in the seed's structure, shared by every output (the web page,
 * DOCX, PDF, HTML, XLSX). Narrative comes from the document once; the sentences that carry figures are written
 * from the data in the report's usual phrasing. A department's report ends with an appendix of 自评表 and
 * scores; a project's is its 项目支出绩效自评表 followed by its report text. What the document leaves out is
 * shown as missing, never skipped silently.
 *
 * @param unitName the unit, printed above the title
 * @param title    e.g. 2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告
 * @param elements headings, paragraphs, tables and forms in reading order
 */
public record ReportOutline(String unitName, String title, List<ReportElement> elements) {

    public static ReportOutline of(EvaluationDocument document) {
        Builder builder = new Builder(document);
        return document.kind() == Kind.PROJECT ? builder.project() : builder.department();
    }

    /** Every paragraph's text, for search and for checking that a rendering lost nothing. */
    public List<String> paragraphs() {
        return elements.stream().filter(Paragraph.class::isInstance).map(e -> ((Paragraph) e).fullText()).toList();
    }

    /** The 自评表 of the report, in order. */
    public List<SelfEvaluationForm> forms() {
        return elements.stream().filter(Form.class::isInstance).map(e -> ((Form) e).form()).toList();
    }

    private static final class Builder {

        private final EvaluationDocument document;
        private final List<ReportElement> elements = new ArrayList<>();
        private final String unit;
        private final String year;

        Builder(EvaluationDocument document) {
            this.document = document;
            this.unit = document.department() == null || document.department().name() == null
                    ? "" : document.department().name();
            this.year = document.fiscalYear() == null ? "" : document.fiscalYear() + "年度";
        }

        ReportOutline department() {
            particulars(true);
            heading(1, "一、基本情况");
            heading(2, "（一）部门职能");
            if (document.functions().isEmpty()) {
                elements.add(Paragraph.missing("部门职能"));
            } else {
                elements.add(Paragraph.of((unit.isEmpty() ? "本单位" : unit) + "的主要职责是："
                        + String.join("", numbered(document.functions()))));
            }
            heading(2, "（二）部门整体收支情况");
            departmentFunds(document.funds());
            heading(2, "（三）部门整体支出绩效目标");
            if (document.goals().isEmpty()) {
                elements.add(Paragraph.missing("绩效目标"));
            } else {
                elements.add(Paragraph.of(String.join("", numbered(document.goals()))));
            }
            heading(2, "（四）部门年度重点工作任务");
            List<KeyTask> tasks = document.keyTasks();
            if (tasks.isEmpty()) {
                elements.add(Paragraph.missing("重点工作任务"));
            }
            for (int i = 0; i < tasks.size(); i++) {
                KeyTask task = tasks.get(i);
                String goal = task.expectedGoal() == null ? "" : "期望达到的目标：" + task.expectedGoal();
                elements.add(Paragraph.of((i + 1) + "." + task.name() + "。" + goal));
            }
            heading(1, "二、综合评价分析");
            heading(2, "（一）自评结论综述");
            narrative(document.conclusion(), "自评结论");
            heading(2, "（二）各重点工作任务绩效目标完成情况分析");
            if (tasks.isEmpty()) {
                elements.add(Paragraph.missing("重点工作任务"));
            }
            for (int i = 0; i < tasks.size(); i++) {
                keyTask(i, tasks.get(i));
            }
            heading(2, "（三）主要工作成效");
            List<String> achievements = document.achievements();
            if (achievements.isEmpty()) {
                elements.add(Paragraph.missing("主要工作成效"));
            }
            numbered(achievements).forEach(achievement -> elements.add(Paragraph.of(achievement)));
            problemsAndMeasures("三、", "四、");
            appendix();
            return new ReportOutline(unit, year + unit + "部门整体支出绩效自评报告", List.copyOf(elements));
        }

        /**
         * A project: its 自评表 first, then its own report text in the sections of a department's report (单位职能,
         * 年度总体目标, 资金情况, the project's completion, 主要工作成效, 自评结论, problems and measures), so that it
         * reads as one.
         */
        ReportOutline project() {
            particulars(false);
            SelfEvaluationForm form = Forms.ofProject(document);
            elements.add(new Form(form));
            elements.add(scoreSentence(document.score()));
            KeyTask project = document.keyTasks().isEmpty() ? null : document.keyTasks().get(0);
            heading(1, "一、项目基本情况");
            if (!document.functions().isEmpty()) {
                heading(2, "（一）单位职能");
                elements.add(Paragraph.of(String.join("", numbered(document.functions()))));
            }
            heading(2, "（二）年度总体目标");
            if (document.goals().isEmpty()) {
                elements.add(Paragraph.missing("年度总体目标"));
            } else {
                elements.add(Paragraph.of(String.join("", numbered(document.goals()))));
            }
            heading(2, "（三）项目资金情况");
            departmentFunds(document.funds());
            heading(1, "二、项目绩效目标完成情况");
            if (project == null) {
                elements.add(Paragraph.missing("项目"));
            } else {
                taskAnalysis(project);
            }
            heading(1, "三、主要工作成效");
            List<String> achievements = document.achievements();
            if (achievements.isEmpty()) {
                elements.add(Paragraph.missing("主要工作成效"));
            }
            numbered(achievements).forEach(achievement -> elements.add(Paragraph.of(achievement)));
            heading(1, "四、自评结论");
            narrative(document.conclusion(), "自评结论");
            problemsAndMeasures("五、", "六、");
            // named by unit and project: 2023年度某单位某某项目支出绩效自评表 (a name ending in 项目 not doubled)
            String name = project == null ? "" : project.name().endsWith("项目")
                    ? project.name().substring(0, project.name().length() - 2) : project.name();
            return new ReportOutline(unit, year + unit + name + "项目支出绩效自评表", List.copyOf(elements));
        }

        /**
         * 单位编码, 行政区划 and 主管部门 under the title, where the document states them and the report says them
         * nowhere else: the region only where the unit's name does not begin with it, the 主管部门 of a project in its
         * 自评表.
         */
        private void particulars(boolean withParent) {
            Department department = document.department();
            if (department == null) {
                return;
            }
            if (department.code() != null) {
                elements.add(new Paragraph("单位编码：", department.code()));
            }
            if (department.region() != null && !unit.startsWith(department.region())) {
                elements.add(new Paragraph("行政区划：", department.region()));
            }
            if (withParent && department.parent() != null) {
                elements.add(new Paragraph("主管部门：", department.parent()));
            }
        }

        private void problemsAndMeasures(String problemsNumber, String measuresNumber) {
            heading(1, problemsNumber + "存在的主要问题");
            if (document.problems().isEmpty()) {
                elements.add(Paragraph.missing("存在的问题"));
            }
            List<String> problems = document.problems();
            if (problems.size() == 1) {
                elements.add(Paragraph.of(problems.get(0)));
            } else {
                numbered(problems).forEach(problem -> elements.add(Paragraph.of(problem)));
            }
            heading(1, measuresNumber + "下一步改进措施");
            if (document.measures().isEmpty()) {
                elements.add(Paragraph.missing("改进措施"));
            } else {
                List<String> measures = document.measures();
                if (measures.stream().anyMatch(Builder::endsSentence)) {
                    numbered(measures).forEach(measure -> elements.add(Paragraph.of(measure)));
                } else {
                    elements.add(Paragraph.of("针对存在的问题，" + points(measures) + "。"));
                }
            }
        }

        private void narrative(String text, String what) {
            elements.add(text == null || text.isBlank() ? Paragraph.missing(what) : Paragraph.of(text));
        }

        private void departmentFunds(Funds funds) {
            if (funds == null) {
                elements.add(Paragraph.missing("收支情况"));
                return;
            }
            elements.add(Paragraph.of(totals(funds, "执行数", "完成预算的")));
            sourcesAndNature(funds);
            if (funds.carryover() != null) {
                elements.add(Paragraph.of("年末结转和结余" + Figures.amount(funds.carryover()) + "。"));
            }
        }

        /**
         * 全年预算数688.34万元，执行数688.34万元，完成预算的100%. The rate is the document's: one it does not state shows
         * as missing, not as executed ÷ budget, so that the report says only what the unit stated (the 自评表 computes it).
         */
        private static String totals(Funds funds, String executedWord, String rateWord) {
            BigDecimal rate = funds.executionRate();
            String initial = funds.initialBudget() == null ? "" : "年初预算数" + Figures.amount(funds.initialBudget()) + "，";
            return initial + "全年预算数" + Figures.amount(funds.budget()) + "，" + executedWord
                    + Figures.amount(funds.executed()) + "，" + rateWord
                    + (rate == null ? Figures.MISSING : Figures.rate(rate)) + "。";
        }

        /** 按资金来源分，…。按支出性质看，…。 */
        private void sourcesAndNature(Funds funds) {
            StringBuilder text = new StringBuilder();
            if (!funds.bySource().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (SourceFunds source : funds.bySource()) {
                    String budget = source.budget() == null ? "" : "预算数" + Figures.amount(source.budget()) + "、";
                    parts.add(source.source().label() + budget + "支出" + Figures.amount(source.executed()));
                }
                text.append("按资金来源分，").append(String.join("，", parts)).append("。");
            }
            FundsByNature nature = funds.byNature();
            if (nature != null) {
                text.append("按支出性质看，基本支出").append(Figures.amount(nature.basic())).append("，项目支出")
                        .append(Figures.amount(nature.project()));
                if (nature.personnel() != null || nature.publicUse() != null) {
                    text.append("（基本支出中人员经费").append(Figures.amount(nature.personnel())).append("，公用经费")
                            .append(Figures.amount(nature.publicUse())).append("）");
                }
                text.append("。");
            }
            if (!text.isEmpty()) {
                elements.add(Paragraph.of(text.toString()));
            }
        }

        private void keyTask(int index, KeyTask task) {
            heading(3, (index + 1) + "." + task.name() + (task.name().endsWith("项目") ? "" : "项目"));
            taskAnalysis(task);
        }

        /** 支出完成情况, 项目负责人, 目标实际完成情况及主要成效, 指标完成情况 of one task. */
        private void taskAnalysis(KeyTask task) {
            if (task.budget() != null || task.executed() != null || task.executionRate() != null) {
                elements.add(new Paragraph("支出完成情况：", taskFunds(task)));
            } else {
                elements.add(new Paragraph("支出完成情况：", Figures.MISSING, true));
            }
            if (task.leader() != null) {
                elements.add(new Paragraph("项目负责人：", task.leader()));
            }
            if (task.outcome() != null) {
                elements.add(new Paragraph("目标实际完成情况及主要成效：", task.outcome()));
            } else {
                elements.add(new Paragraph("目标实际完成情况及主要成效：", Figures.MISSING, true));
            }
            indicators(task);
        }

        /** 年度支出预算数91.20万元，预算完成数91.20万元，执行率100%: the stated rate, as for the whole. */
        private static String taskFunds(KeyTask task) {
            BigDecimal rate = task.executionRate();
            return "年度支出预算数" + Figures.amount(task.budget()) + "，预算完成数" + Figures.amount(task.executed())
                    + "，执行率" + (rate == null ? Figures.MISSING : Figures.rate(rate)) + "。";
        }

        private void indicators(KeyTask task) {
            if (task.indicators().isEmpty()) {
                elements.add(new Paragraph("指标完成情况：", "（未填写绩效指标）", true));
                return;
            }
            List<String> sentences = task.indicators().stream().map(Builder::indicatorSentence).toList();
            elements.add(new Paragraph("指标完成情况：", points(sentences) + "。"));
            elements.add(new IndicatorTable(task.name(), task.indicators().stream().map(Builder::row).toList()));
        }

        /**
         * The seed's two wordings: without an actual value 「案件办结率：实施周期指标值98%以上，年度指标值100%，完成绩效目标」;
         * with a counted one, the name and the value first 「召开会议次数1次，实施周期指标值1次，…」, and a rate reads
         * 「达标率达100%」. Any other actual value is labelled (实际完成值达到预期); a qualitative indicator's rating follows
         * the verdict (评分比例80%).
         */
        private static String indicatorSentence(Indicator indicator) {
            List<String> parts = new ArrayList<>();
            String actual = Forms.text(indicator.actual());
            String name = indicator.name() == null ? "（未填写指标名称）" : indicator.name();
            if (actual.isEmpty()) {
                name += "：";
            } else if (COUNTED.matcher(actual).matches()) {
                parts.add(name + (name.endsWith("率") ? "达" : "") + actual);
                name = "";
            } else {
                name += "：";
                parts.add("实际完成值" + actual);
            }
            if (indicator.cycleTarget() != null) {
                parts.add("实施周期指标值" + Forms.text(indicator.cycleTarget()));
            }
            if (indicator.annualTarget() != null) {
                parts.add("年度指标值" + Forms.text(indicator.annualTarget()));
            }
            if (indicator.met() != null) {
                parts.add(indicator.met() ? "完成绩效目标" : "未完成绩效目标");
            }
            if (indicator.rating() != null) {
                parts.add("评分比例" + Figures.rate(indicator.rating()));
            }
            if (indicator.deviationReason() != null) {
                parts.add("偏差原因分析及改进措施：" + indicator.deviationReason());
            }
            return name + String.join("，", parts);
        }

        /** An actual value that reads after the indicator's name: a number and a common unit (1次, 100%, 5000人次). */
        private static final Pattern COUNTED = Pattern.compile(
                "\\d+(?:\\.\\d+)?(?:%|次|个|人次|万人次|户|人|场|项|天|万元|元)");

        /** A row of the indicator table: 分值 and 得分 only as the document states them (the scores are the appendix's). */
        private static IndicatorRow row(Indicator indicator) {
            List<String> levels = Forms.levels(indicator);
            return new IndicatorRow(levels.get(0), levels.get(1),
                    Figures.orEmpty(indicator.name()), Forms.text(indicator.cycleTarget()),
                    Forms.text(indicator.annualTarget()), Forms.text(indicator.actual()),
                    indicator.met() == null ? "" : indicator.met() ? "完成" : "未完成",
                    Figures.points(indicator.weight()), Figures.points(indicator.score()));
        }

        /** 附件: the overall score, then the 自评表 of every key task. */
        private void appendix() {
            elements.add(new Appendix("附件：绩效自评表"));
            elements.add(scoreSentence(document.score()));
            List<KeyTask> tasks = document.keyTasks();
            if (tasks.isEmpty()) {
                elements.add(Paragraph.missing("重点工作任务，没有自评表"));
            }
            for (int i = 0; i < tasks.size(); i++) {
                elements.add(new Form(Forms.ofKeyTask(document, i)));
            }
        }

        private static Paragraph scoreSentence(EvaluationScore score) {
            if (score == null || score.total() == null) {
                return new Paragraph("自评得分：", SelfEvaluationForm.UNSCORED + "。", true);
            }
            String grade = score.grade() == null ? "" : "，等级：" + score.grade().label();
            String profile = score.profile() == null ? "" : "（评分规则：" + score.profile() + "）";
            String execution = score.execution() == null ? "" : "，其中预算执行" + Figures.score(score.execution()) + "分";
            return new Paragraph("自评得分：", Figures.score(score.total()) + "分" + execution + grade + profile + "。");
        }

        private void heading(int level, String text) {
            elements.add(new Heading(level, text));
        }

        /** 1.… 2.… in one paragraph, as the report lists duties and goals. */
        private static List<String> numbered(List<String> items) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                // an item that does not end its sentence ends its clause, so that the next number begins an item
                numbered.add((i + 1) + "." + items.get(i) + (endsSentence(items.get(i)) ? "" : "；"));
            }
            return numbered;
        }

        private static boolean endsSentence(String item) {
            return !item.isEmpty() && "。！？；!?;".indexOf(item.charAt(item.length() - 1)) >= 0;
        }

        /** 一是…；二是…；三是… (items that end a sentence are numbered paragraphs instead, above) */
        private static String points(List<String> items) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                parts.add(ChineseNumbers.of(i + 1) + "是" + items.get(i));
            }
            return String.join("；", parts);
        }
    }
}
