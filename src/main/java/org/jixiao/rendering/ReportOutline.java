package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Decimals;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Money;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.Target;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorRow;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;

/**
 * The self-evaluation report of a document in the seed's structure. Narrative comes from the document once;
 * the sentences that carry figures are written from the data in the report's usual phrasing.
 *
 * @param unitName the unit, printed above the title
 * @param title    e.g. 2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告
 * @param elements headings, paragraphs and tables in reading order
 */
public record ReportOutline(String unitName, String title, List<ReportElement> elements) {

    public static ReportOutline of(EvaluationDocument document) {
        return new Builder(document).build();
    }

    /** Every paragraph's text, for search and for checking that a rendering lost nothing. */
    public List<String> paragraphs() {
        return elements.stream().filter(Paragraph.class::isInstance).map(e -> ((Paragraph) e).fullText()).toList();
    }

    private static final class Builder {

        private final EvaluationDocument document;
        private final List<ReportElement> elements = new ArrayList<>();
        private final String unit;

        Builder(EvaluationDocument document) {
            this.document = document;
            this.unit = document.department() == null ? "" : document.department().name();
        }

        ReportOutline build() {
            String subject = document.kind() == Kind.PROJECT && !document.keyTasks().isEmpty()
                    ? document.keyTasks().get(0).name() + "项目支出绩效自评报告"
                    : unit + "部门整体支出绩效自评报告";
            String title = document.fiscalYear() + "年度" + (document.kind() == Kind.PROJECT ? unit : "") + subject;
            basicSituation();
            evaluationAnalysis();
            heading(1, "三、存在的主要问题");
            document.problems().forEach(problem -> elements.add(Paragraph.of(problem)));
            heading(1, "四、下一步改进措施");
            if (!document.measures().isEmpty()) {
                elements.add(Paragraph.of("针对存在的问题，" + points(document.measures()) + "。"));
            }
            return new ReportOutline(unit, title, List.copyOf(elements));
        }

        private void basicSituation() {
            heading(1, "一、基本情况");
            heading(2, "（一）部门职能");
            if (!document.functions().isEmpty()) {
                elements.add(Paragraph.of(unit + "的主要职责是：" + numbered(document.functions())));
            }
            heading(2, "（二）部门整体收支情况");
            funds(document.funds());
            heading(2, "（三）部门整体支出绩效目标");
            if (!document.goals().isEmpty()) {
                elements.add(Paragraph.of(numbered(document.goals())));
            }
            heading(2, "（四）部门年度重点工作任务");
            List<KeyTask> tasks = document.keyTasks();
            for (int i = 0; i < tasks.size(); i++) {
                KeyTask task = tasks.get(i);
                String goal = task.expectedGoal() == null ? "" : "期望达到的目标：" + task.expectedGoal();
                elements.add(Paragraph.of((i + 1) + "." + task.name() + "。" + goal));
            }
        }

        private void funds(Funds funds) {
            if (funds == null) {
                return;
            }
            if (funds.budget() != null || funds.executed() != null) {
                BigDecimal rate = funds.executionRate() != null ? funds.executionRate()
                        : Money.rate(funds.executed(), funds.budget());
                elements.add(Paragraph.of("全年预算数" + amount(funds.budget()) + "，执行数" + amount(funds.executed())
                        + (rate == null ? "" : "，完成预算的" + Decimals.plain(rate) + "%") + "。"));
            }
            StringBuilder sources = new StringBuilder();
            if (!funds.bySource().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (SourceFunds source : funds.bySource()) {
                    parts.add(source.source().label() + "支出" + amount(source.executed()));
                }
                sources.append("按资金来源分，").append(String.join("，", parts)).append("。");
            }
            FundsByNature nature = funds.byNature();
            if (nature != null && (nature.basic() != null || nature.project() != null)) {
                sources.append("按支出性质看，基本支出").append(amount(nature.basic())).append("，项目支出")
                        .append(amount(nature.project()));
                if (nature.personnel() != null || nature.publicUse() != null) {
                    sources.append("（基本支出中人员经费").append(amount(nature.personnel())).append("，公用经费")
                            .append(amount(nature.publicUse())).append("）");
                }
                sources.append("。");
            }
            if (!sources.isEmpty()) {
                elements.add(Paragraph.of(sources.toString()));
            }
            if (funds.carryover() != null) {
                elements.add(Paragraph.of("年末结转和结余" + amount(funds.carryover()) + "。"));
            }
        }

        private void evaluationAnalysis() {
            heading(1, "二、综合评价分析");
            heading(2, "（一）自评结论综述");
            if (document.conclusion() != null) {
                elements.add(Paragraph.of(document.conclusion()));
            }
            heading(2, "（二）各重点工作任务绩效目标完成情况分析");
            List<KeyTask> tasks = document.keyTasks();
            for (int i = 0; i < tasks.size(); i++) {
                keyTask(i, tasks.get(i));
            }
            heading(2, "（三）主要工作成效");
            List<String> achievements = document.achievements();
            for (int i = 0; i < achievements.size(); i++) {
                elements.add(Paragraph.of((i + 1) + "." + achievements.get(i)));
            }
        }

        private void keyTask(int index, KeyTask task) {
            heading(3, (index + 1) + "." + task.name());
            if (task.budget() != null || task.executed() != null) {
                BigDecimal rate = task.executionRate() != null ? task.executionRate()
                        : Money.rate(task.executed(), task.budget());
                elements.add(new Paragraph("支出完成情况：", "年度支出预算数" + amount(task.budget()) + "，预算完成数"
                        + amount(task.executed()) + (rate == null ? "" : "，执行率" + Decimals.plain(rate) + "%") + "。"));
            }
            if (task.outcome() != null) {
                elements.add(new Paragraph("目标实际完成情况及主要成效：", task.outcome()));
            }
            if (!task.indicators().isEmpty()) {
                List<String> sentences = task.indicators().stream().map(Builder::indicatorSentence).toList();
                elements.add(new Paragraph("指标完成情况：", points(sentences) + "。"));
                elements.add(new IndicatorTable(task.name(), task.indicators().stream().map(Builder::row).toList()));
            }
        }

        private static String indicatorSentence(Indicator indicator) {
            List<String> parts = new ArrayList<>();
            if (indicator.cycleTarget() != null) {
                parts.add("实施周期指标值" + indicator.cycleTarget().text());
            }
            if (indicator.annualTarget() != null) {
                parts.add("年度指标值" + indicator.annualTarget().text());
            }
            if (indicator.actual() != null) {
                parts.add("实际完成值" + indicator.actual().text());
            }
            if (indicator.met() != null) {
                parts.add(indicator.met() ? "完成绩效目标" : "未完成绩效目标");
            }
            if (Boolean.FALSE.equals(indicator.met()) && indicator.deviationReason() != null) {
                parts.add("偏差原因：" + indicator.deviationReason());
            }
            return indicator.name() + "：" + String.join("，", parts);
        }

        private static IndicatorRow row(Indicator indicator) {
            return new IndicatorRow(
                    indicator.level1() == null ? "" : indicator.level1().label(),
                    indicator.level2() == null ? "" : indicator.level2().label(),
                    indicator.name(), text(indicator.cycleTarget()), text(indicator.annualTarget()),
                    text(indicator.actual()),
                    indicator.met() == null ? "" : indicator.met() ? "完成" : "未完成");
        }

        private static String text(Target target) {
            return target == null ? "" : target.text();
        }

        private void heading(int level, String text) {
            elements.add(new Heading(level, text));
        }

        /** 1.… 2.… in one paragraph, as the report lists duties and goals. */
        private static String numbered(List<String> items) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                text.append(i + 1).append('.').append(items.get(i));
            }
            return text.toString();
        }

        /** 一是…；二是…；三是… */
        private static String points(List<String> items) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                parts.add(ChineseNumbers.of(i + 1) + "是" + items.get(i));
            }
            return String.join("；", parts);
        }

        private static String amount(BigDecimal value) {
            return value == null ? "（未填）" : Money.format(value) + "万元";
        }
    }
}
