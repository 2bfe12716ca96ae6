package org.jixiao.indepth;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Decimals;
import org.jixiao.rendering.InDepthReport;
import org.jixiao.scoring.InDepthFramework;
import org.jixiao.scoring.InDepthTally;

/** The report of an in-depth evaluation, every figure said as printed, from what is stored (docs/in-depth-evaluation.md). */
final class ReportMaker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ReportMaker() {
    }

    static InDepthReport of(InDepthEvaluation evaluation, InDepthFramework framework, InDepthTally tally) {
        List<InDepthReport.Fact> basics = List.of(
                new InDepthReport.Fact("被评价单位", evaluation.unitName()),
                new InDepthReport.Fact("项目名称", evaluation.projectName()),
                new InDepthReport.Fact("预算年度", evaluation.fiscalYear() + "年"),
                new InDepthReport.Fact("项目金额（万元）", figure(evaluation.amount())),
                new InDepthReport.Fact("单位自评得分", figure(evaluation.selfScore())));
        List<InDepthReport.Fact> work = List.of(
                new InDepthReport.Fact("评价类型", evaluation.kind().label()),
                new InDepthReport.Fact("评价范围", evaluation.scope()),
                new InDepthReport.Fact("评价时间", evaluation.startsOn() + " 至 " + evaluation.endsOn()),
                new InDepthReport.Fact("第三方机构", evaluation.institution() == null ? "未委托"
                        : evaluation.institution().name()),
                new InDepthReport.Fact("评审专家", evaluation.experts().size() + " 名"));
        List<InDepthReport.AreaRow> areas = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> area : tally.areas().entrySet()) {
            areas.add(new InDepthReport.AreaRow(area.getKey(), figure(framework.areaWeight(area.getKey())),
                    figure(area.getValue())));
        }
        List<InDepthReport.IndicatorRow> indicators = new ArrayList<>();
        for (InDepthTally.Row row : tally.rows()) {
            InDepthFramework.Indicator i = row.indicator();
            String reason = row.agreed() == null ? "" : row.agreed().reason();
            if (row.wide()) {
                reason = "专家评分相差 " + figure(row.spread()) + " 分。" + reason;
            }
            indicators.add(new InDepthReport.IndicatorRow(i.area(), i.group(), i.title(), figure(i.weight()),
                    row.agreed() == null ? "未确定" : figure(row.agreed().score()), reason));
        }
        String grade = tally.grade() == null ? "尚未评定" : tally.grade().label();
        List<List<String>> texts = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            List<String> paragraphs = new ArrayList<>(paragraphs(evaluation.report().get(section)));
            if (section == ReportSection.CONCLUSION && tally.complete()) {
                paragraphs.add(0, "经评价，该项目综合得分 " + tally.total().toPlainString() + " 分，评价等级为“" + grade
                        + "”（90 分及以上为优，80 分至 90 分为良，60 分至 80 分为中，60 分以下为差）。");
            }
            texts.add(paragraphs);
        }
        String signature = evaluation.publishedAt() == null ? null
                : (evaluation.institution() == null ? "" : evaluation.institution().name() + "　")
                        + DAY.format(evaluation.publishedAt());
        return new InDepthReport(evaluation.unitName(), evaluation.fiscalYear() + "年度" + evaluation.projectName()
                + evaluation.kind().label() + "报告", basics, work, areas, figure(tally.total()), grade, indicators,
                texts, signature);
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String figure(BigDecimal value) {
        return value == null ? "—" : Decimals.plain(value);
    }
}
