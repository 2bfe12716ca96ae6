package org.jixiao.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.database.OnceOnly;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.Funding;
import org.jixiao.scoring.ExAnteProfile;
import org.springframework.stereotype.Component;

/**
 * 事前绩效评估 of the made-up units, for the budget year after their latest self-evaluation: the science association's
 * innovation contest assessed and concluded 予以支持 (the budget advice of its self-evaluation cites it), its new
 * popular-science base submitted and waiting for the reviewer, and the cultural centre's digital platform a draft.
 * Done through the ex-ante service as the unit's editor and the region's reviewer would, once (its own marker).
 */
@Component
class DemoExAnte {

    private static final String MARKER = "demo-exante-v1";

    private final Accounts accounts;
    private final Evaluations evaluations;
    private final ExAnteRequests requests;
    private final OnceOnly once;

    DemoExAnte(Accounts accounts, Evaluations evaluations, ExAnteRequests requests, OnceOnly once) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.requests = requests;
        this.once = once;
    }

    void build() {
        once.run(MARKER, () -> {
            Optional<Actor> reviewer = actor(DemoAccounts.REVIEWER.username());
            MadeUpRegion.MadeUpUnit culture = MadeUpRegion.UNITS.get(0);
            MadeUpRegion.MadeUpUnit science = MadeUpRegion.UNITS.get(1);
            file(science, "青少年科技创新大赛", "600", "全区中小学参赛学生逐年增加，现有赛事规模和评审经费不能满足需求，拟扩大至三个组别。",
                    "举办区级青少年科技创新大赛，覆盖全区中小学，选拔优秀作品参加市赛。",
                    List.of("参赛学校数：≥60所", "参赛作品数：≥800件", "获市级以上奖项作品数：≥30件", "参赛师生满意度：≥90%"),
                    "上半年发动与培训，下半年初赛、复赛和决赛，由区科协统筹、区教育局配合。")
                    .ifPresent(id -> reviewer.ifPresent(r -> conclude(science, id, r)));
            file(science, "科普教育基地提升改造", "800", "现有科普教育基地展项老化，年接待能力不足两万人次。",
                    "完成两处科普教育基地展项更新，年接待公众五万人次。",
                    List.of("更新展项数：≥40项", "年接待人次：≥5万人次", "公众满意度：≥90%"),
                    "分两期实施：一期设计与招标，二期施工与布展，区科协项目组负责。")
                    .ifPresent(id -> submit(science, id));
            file(culture, "数字文化馆平台建设", "1200", "群众文化活动线上需求增长，现有网站不能预约和直播。", null,
                    List.of(), null);
        });
    }

    /** A request filed by the unit's editor for the year after its latest self-evaluation, its money from the budget. */
    private Optional<Long> file(MadeUpRegion.MadeUpUnit made, String project, String amount, String necessity,
            String goals, List<String> indicators, String plan) {
        Optional<Actor> editor = actor(made.editor().username());
        Optional<Unit> unit = evaluations.unit(made.name(), DemoData.REGION);
        if (editor.isEmpty() || unit.isEmpty()) {
            return Optional.empty(); // removed by the installation's users
        }
        Optional<Integer> latest = evaluations.summaries(EvaluationFilter.ALL.withUnit(unit.get().id())).stream()
                .map(EvaluationSummary::fiscalYear).max(Integer::compare);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal money = new BigDecimal(amount);
        return Optional.of(requests.file(editor.get(), new ExAnteFiling(project, latest.get() + 1, money,
                List.of(new Funding("本级财政资金", money)), necessity, goals, indicators, plan)));
    }

    private void submit(MadeUpRegion.MadeUpUnit made, long id) {
        actor(made.editor().username()).ifPresent(editor -> {
            ExAnteRequest request = requests.read(editor, id);
            requests.submit(editor, id, request.version());
        });
    }

    /**
     * Submitted, then scored by the reviewer: full marks but 成本测算 7 of 10 and 风险应对 4 of 6, so 100 − 3 − 2 = 95,
     * 予以支持 (from 80); saved once, then concluded.
     */
    private void conclude(MadeUpRegion.MadeUpUnit made, long id, Actor reviewer) {
        submit(made, id);
        ExAnteProfile profile = requests.profileOf(requests.read(reviewer, id));
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : profile.criteria()) {
            for (ExAnteProfile.Point point : criterion.points()) {
                scores.put(point.code(), point.points());
            }
            reasons.put(criterion.code(), "申报材料齐全，" + criterion.title() + "的依据充分。");
        }
        // what the reviewer marks down: costs estimated from last year's contest only, and no plan for bad weather
        scores.replace("ECONOMY_COST", new BigDecimal("7"));
        scores.replace("FEASIBILITY_RISK", new BigDecimal("4"));
        reasons.replace("ECONOMY", "评审和奖励经费按上年标准测算，扩大组别后的成本依据不足。");
        ExAnteRequest request = requests.read(reviewer, id);
        requests.saveAssessment(reviewer, id, request.version(), scores, reasons, null);
        request = requests.read(reviewer, id);
        requests.conclude(reviewer, id, request.version(), scores, reasons,
                "项目必要性充分，绩效目标明确，建议予以支持，并补充扩大组别后的成本测算。");
    }

    private Optional<Actor> actor(String username) {
        return accounts.find(username).map(Actor::of);
    }
}
