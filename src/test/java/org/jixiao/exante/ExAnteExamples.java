package org.jixiao.exante;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.ExAnteConclusion;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.scoring.ExAnteProfiles;

/** A unit's request as the tests need it, and an assessment of it. */
final class ExAnteExamples {

    static final ExAnteProfile PROFILE = ExAnteProfiles.builtIn().get(null);
    static final String REGION = "广州市示例区";

    private ExAnteExamples() {
    }

    static ExAnteFiling filing() {
        return new ExAnteFiling("社区托育服务补助", 2027, new BigDecimal("600"),
                List.of(new Funding("本级财政资金", new BigDecimal("450")), new Funding("上级补助资金", new BigDecimal("150"))),
                "辖区三岁以下婴幼儿约一万二千人，普惠托位缺口较大。", "新增普惠托位 300 个，降低家庭托育负担。",
                List.of("新增普惠托位数：≥300个", "家长满意度：≥90%"), "分两批在 2027 年 3 月和 9 月开放，由区卫健局统筹。");
    }

    static ExAnteRequest request(long id, long unitId, ExAnteStatus status) {
        ExAnteFiling filing = filing();
        return new ExAnteRequest(id, unitId, "示例区卫生健康局", REGION, filing.projectName(), filing.year(),
                filing.amount(), filing.fundings(), filing.necessity(), filing.goals(), filing.indicators(),
                filing.plan(), status, PROFILE.name(), "editor", Instant.parse("2026-11-02T02:00:00Z"), null, null,
                ExAnteRequest.Assessment.NONE, 0);
    }

    /**
     * Full marks but 成本测算 4 (−6), 风险应对 2 (−4), 指标值合理性 3 (−3) and 分担机制 1 (−2): 100 − 15 = 85, 予以支持.
     */
    static Map<String, BigDecimal> scoresOf85() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : PROFILE.criteria()) {
            for (ExAnteProfile.Point point : criterion.points()) {
                scores.put(point.code(), point.points());
            }
        }
        scores.put("ECONOMY_COST", new BigDecimal("4"));
        scores.put("FEASIBILITY_RISK", new BigDecimal("2"));
        scores.put("GOALS_VALUES", new BigDecimal("3"));
        scores.put("FUNDING_SHARING", new BigDecimal("1"));
        return scores;
    }

    static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : PROFILE.criteria()) {
            reasons.put(criterion.code(), criterion.title() + "的依据已核对。");
        }
        reasons.put("ECONOMY", "单个托位的建设成本高于同类项目，测算依据不足。");
        return reasons;
    }

    static ExAnteRequest concluded(long id, long unitId) {
        ExAnteRequest request = request(id, unitId, ExAnteStatus.CONCLUDED);
        ExAnteRequest.Assessment assessment = new ExAnteRequest.Assessment(scoresOf85(), reasons(),
                "建议压减设备购置费后安排。", "审核人甲", Instant.parse("2026-11-20T03:00:00Z"), new BigDecimal("85.00"),
                ExAnteConclusion.SUPPORT);
        return new ExAnteRequest(request.id(), request.unitId(), request.unitName(), request.region(),
                request.projectName(), request.year(), request.amount(), request.fundings(), request.necessity(),
                request.goals(), request.indicators(), request.plan(), request.status(), request.profile(),
                request.filedBy(), request.filedAt(), request.submittedAt(), null, assessment, 3);
    }
}
