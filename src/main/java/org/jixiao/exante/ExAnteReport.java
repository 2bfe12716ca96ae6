package org.jixiao.exante;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.rendering.AssessmentReport;
import org.jixiao.rendering.AssessmentReport.CriterionRow;
import org.jixiao.rendering.AssessmentReport.Fact;
import org.jixiao.rendering.AssessmentReport.Section;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.scoring.ExAnteScore;
import org.jixiao.scoring.ExAnteScorer;

/**
 * 事前绩效评估报告 of a request: its facts, the criteria with weight, score and reason, the total and conclusion,
 * the opinion and who assessed it when. Written from what is stored, scored again by the request's profile, so the
 * report and the page say the same.
 */
final class ExAnteReport {

    /** Dates as people in China read them, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ExAnteReport() {
    }

    static AssessmentReport of(ExAnteRequest request, ExAnteProfile profile) {
        ExAnteRequest.Assessment assessment = request.assessment();
        ExAnteScore score = ExAnteScorer.score(profile, assessment.scores());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("申报单位", request.unitName()));
        facts.add(new Fact("项目（政策）名称", request.projectName()));
        facts.add(new Fact("预算年度", request.year() + "年"));
        facts.add(new Fact("申请金额", amount(request.amount())));
        List<String> sources = request.fundings().stream().map(f -> f.source() + " " + amount(f.amount())).toList();
        facts.add(new Fact("资金来源", sources.isEmpty() ? "（未填写）" : String.join("；", sources)));
        facts.add(new Fact("评分规则", profile.title() + "（" + profile.name() + "）"));
        List<CriterionRow> rows = new ArrayList<>();
        for (ExAnteScore.CriterionScore criterion : score.criteria()) {
            List<String> details = new ArrayList<>();
            for (ExAnteProfile.Point point : criterion.criterion().points()) {
                BigDecimal given = assessment.scores().get(point.code());
                details.add(point.title() + " " + (given == null ? "未评" : plain(given)) + "/" + plain(point.points()));
            }
            String reason = assessment.reasons().get(criterion.criterion().code());
            rows.add(new CriterionRow(criterion.criterion().title(), plain(criterion.criterion().weight()),
                    criterion.score() == null ? "—" : criterion.score().toPlainString(), String.join("\n", details),
                    reason == null ? "" : reason));
        }
        String conclusion = score.conclusion() == null ? "（尚未出具结论）" : score.conclusion().label();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("评估结论", List.of(score.explanation(profile) + "。")));
        sections.add(new Section("评估意见", assessment.opinion() == null ? List.of()
                : assessment.opinion().lines().filter(l -> !l.isBlank()).toList()));
        sections.add(new Section("申请理由与立项必要性", lines(request.necessity())));
        sections.add(new Section("绩效目标与指标", withIndicators(request)));
        sections.add(new Section("实施方案", lines(request.plan())));
        String signature = assessment.assessor() == null ? null
                : "评估人：" + assessment.assessor() + "　评估日期：" + DAY.format(assessment.assessedAt().atZone(CHINA));
        return new AssessmentReport(request.unitName(), request.projectName() + "事前绩效评估报告", facts, rows,
                score.total().toPlainString(), conclusion, sections, signature);
    }

    private static List<String> withIndicators(ExAnteRequest request) {
        List<String> paragraphs = new ArrayList<>(lines(request.goals()));
        for (int i = 0; i < request.indicators().size(); i++) {
            paragraphs.add((i + 1) + ". " + request.indicators().get(i));
        }
        return paragraphs;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String amount(BigDecimal value) {
        return plain(value) + " 万元";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
