package org.jixiao.exante;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Kind;
import org.jixiao.document.ProjectNames;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.exante.internal.ExAnteSettings;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.scoring.ExAnteConclusion;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.scoring.ExAnteScore;
import org.jixiao.scoring.ExAnteScorer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事前绩效评估 as its people do it: the unit files and submits a request, the region's finance reviewer scores it
 * criterion by criterion, then concludes or returns it; the report is written from what is stored. Every step asks
 * {@link ExAnteAccess} and is one transaction; a step the status does not allow, or a form read before someone else
 * changed the request, is refused ({@link ExAnteStepRefusedException}).
 */
@Service
public class ExAnteRequests {

    /** Above this an amount in 万元 does not fit NUMERIC(18,6), and no project comes near it. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
    private static final int MAX_TEXT = 10000;
    private static final int MAX_NAME = 200;
    private static final int MAX_CODE = 64;

    private final ExAnteStore store;
    private final ExAnteSettings settings;
    private final Evaluations evaluations;

    ExAnteRequests(ExAnteStore store, ExAnteSettings settings, Evaluations evaluations) {
        this.store = store;
        this.settings = settings;
        this.evaluations = evaluations;
    }

    /** The actor's list: their unit's requests, or the region's submitted ones, those waiting first. */
    public List<ExAnteRequest> list(Actor actor) {
        if (ExAnteAccess.canFile(actor)) {
            return store.ofUnit(actor.unitId());
        }
        if (ExAnteAccess.assessesRegion(actor)) {
            return store.ofRegion(actor.region());
        }
        throw new NotPermittedException("事前绩效评估由单位填报人申请、财政审核人评估，您的角色不能查看");
    }

    public ExAnteRequest read(Actor actor, long id) {
        ExAnteRequest request = store.find(id).orElseThrow(() -> new ExAnteNotFoundException(id));
        if (!ExAnteAccess.canRead(actor, request)) {
            // a request the actor may not see is answered as one that does not exist: its number says nothing
            throw new ExAnteNotFoundException(id);
        }
        return request;
    }

    /** The profile new requests are filed under (its threshold and criteria, for the form). */
    public ExAnteProfile currentProfile() {
        return settings.current();
    }

    public ExAnteProfile profileOf(ExAnteRequest request) {
        return settings.of(request);
    }

    /** A new draft of the actor's unit; its fields are checked as a draft's (the texts may wait). */
    @Transactional
    public long file(Actor actor, ExAnteFiling filing) {
        if (!ExAnteAccess.canFile(actor)) {
            throw new NotPermittedException("只有单位填报人可以为本单位申请事前绩效评估");
        }
        check(filing, false);
        Unit unit = evaluations.unit(actor.unitId())
                .orElseThrow(() -> new NotPermittedException("您的账户所属单位不存在，请联系系统管理员"));
        if (unit.region() == null) {
            throw new NotPermittedException("本单位“" + unit.name() + "”未设行政区划，财政部门无法受理，请联系系统管理员");
        }
        Instant at = Instant.now();
        long id = store.insert(unit.id(), unit.name(), unit.region(), filing, settings.current().name(),
                actor.username(), at);
        store.record(id, "FILED", actor.username(), at, null);
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, long version, ExAnteFiling filing) {
        ExAnteRequest request = editable(actor, id);
        check(filing, false);
        fresh(store.update(request.id(), version, filing));
        store.record(id, "REVISED", actor.username(), Instant.now(), null);
    }

    /** 提交: the request complete (every text, money adding up) goes to the region's finance bureau. */
    @Transactional
    public void submit(Actor actor, long id, long version) {
        ExAnteRequest request = editable(actor, id);
        check(request.filing(), true);
        Instant at = Instant.now();
        fresh(store.step(id, version, request.status().submit(), at, request.returnNote()));
        store.record(id, request.status() == ExAnteStatus.RETURNED ? "RESUBMITTED" : "SUBMITTED", actor.username(), at,
                null);
    }

    /** The running total and conclusion of scores typed, without saving them; refused like a save. */
    public ExAnteScore preview(Actor actor, long id, Map<String, BigDecimal> scores) {
        ExAnteRequest request = assessable(actor, id);
        return ExAnteScorer.score(settings.of(request), scores);
    }

    /** The assessment so far, saved: each score within its sub-point's range. */
    @Transactional
    public ExAnteScore saveAssessment(Actor actor, long id, long version, Map<String, BigDecimal> scores,
            Map<String, String> reasons, String opinion) {
        ExAnteRequest request = assessable(actor, id);
        ExAnteScore score = ExAnteScorer.score(settings.of(request), scores);
        ExAnteRequest.Assessment saved = assessment(actor, scores, reasons, opinion, score, null);
        fresh(store.assess(id, version, saved, request.status()));
        store.record(id, "SCORED", actor.username(), saved.assessedAt(), "总分 " + plain(score.total()));
        return score;
    }

    /**
     * 出具结论: every sub-point scored and every criterion given its reason; the conclusion is the profile's, which
     * the budget decision cites.
     */
    @Transactional
    public ExAnteScore conclude(Actor actor, long id, long version, Map<String, BigDecimal> scores,
            Map<String, String> reasons, String opinion) {
        ExAnteRequest request = assessable(actor, id);
        ExAnteProfile profile = settings.of(request);
        ExAnteScore score = ExAnteScorer.score(profile, scores);
        for (ExAnteProfile.Criterion criterion : profile.criteria()) {
            for (ExAnteProfile.Point point : criterion.points()) {
                if (scores.get(point.code()) == null) {
                    throw new IllegalArgumentException("“" + criterion.title() + "·" + point.title()
                            + "”尚未评分，全部评分要点评分后才能出具结论");
                }
            }
            String reason = reasons.get(criterion.code());
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("请填写“" + criterion.title() + "”的评估理由后再出具结论");
            }
        }
        ExAnteRequest.Assessment concluded = assessment(actor, scores, reasons, opinion, score, score.conclusion());
        fresh(store.assess(id, version, concluded, request.status().conclude()));
        store.record(id, "CONCLUDED", actor.username(), concluded.assessedAt(),
                score.conclusion().label() + "，总分 " + plain(score.total()));
        return score;
    }

    /** 退回补充: back to the unit with what it is to add; the scores so far are kept. */
    @Transactional
    public void returnForInformation(Actor actor, long id, long version, String note) {
        ExAnteRequest request = assessable(actor, id);
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("退回时请写明需要单位补充的内容");
        }
        if (note.length() > MAX_TEXT) {
            throw new IllegalArgumentException("退回意见不能超过 " + MAX_TEXT + " 字");
        }
        fresh(store.step(id, version, request.status().returnToUnit(), null, note.strip()));
        String detail = note.strip();
        store.record(id, "RETURNED", actor.username(), Instant.now(),
                detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail);
    }

    /**
     * The request's history, for whoever may read it; a score saved while assessing is the bureau's until the
     * conclusion, so the unit sees that it was scored, not the total.
     */
    @Transactional(readOnly = true)
    public List<ExAnteEvent> history(Actor actor, ExAnteRequest request) {
        if (!ExAnteAccess.canRead(actor, request)) {
            return List.of();
        }
        boolean scores = ExAnteAccess.canSeeAssessment(actor, request);
        return store.events(request.id()).stream()
                .map(e -> scores || !e.action().equals("SCORED") ? e : new ExAnteEvent(e.action(), e.actor(), e.at(), null))
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** The assessment's report, for everyone who may read the request once concluded, and the reviewer before. */
    public RenderedReport report(Actor actor, long id, ReportFormat format) {
        ExAnteRequest request = read(actor, id);
        if (!ExAnteAccess.canSeeAssessment(actor, request)) {
            throw new NotPermittedException("评估结论出具后才能下载事前绩效评估报告");
        }
        return ExAnteReport.of(request, settings.of(request)).render(format);
    }

    public String reportFileName(Actor actor, long id, ReportFormat format) {
        ExAnteRequest request = read(actor, id);
        return ExAnteReport.of(request, settings.of(request)).fileName(format);
    }

    /**
     * The unit's self-evaluations the reviewer may see, the same project's first: how the unit's earlier money
     * performed, beside what it now asks for (results applied to the budget).
     */
    public List<EvaluationSummary> selfEvaluations(Actor actor, ExAnteRequest request) {
        EvaluationFilter filter = EvaluationAccess.visibleTo(actor, EvaluationFilter.ALL.withUnit(request.unitId()));
        if (filter == null) {
            return List.of();
        }
        return evaluations.summaries(filter, 0, 50).stream()
                .sorted((a, b) -> Boolean.compare(sameProject(b, request), sameProject(a, request)))
                .limit(10).toList();
    }

    /** Whether a self-evaluation is of the project requested: a project's, of the same name (as ProjectNames compares). */
    public static boolean sameProject(EvaluationSummary evaluation, ExAnteRequest request) {
        return evaluation.kind() == Kind.PROJECT
                && ProjectNames.same(evaluation.subject(), null, request.projectName(), request.projectCode());
    }

    private ExAnteRequest editable(Actor actor, long id) {
        ExAnteRequest request = read(actor, id);
        if (!ExAnteAccess.canEdit(actor, request)) {
            throw request.status().isEditable() ? new NotPermittedException("只有本单位填报人可以修改本单位的申请")
                    : new ExAnteStepRefusedException("申请" + request.status().label() + "，不能再修改");
        }
        return request;
    }

    private ExAnteRequest assessable(Actor actor, long id) {
        ExAnteRequest request = read(actor, id);
        if (!ExAnteAccess.canAssess(actor, request)) {
            throw ExAnteAccess.assessesRegion(actor)
                    ? new ExAnteStepRefusedException("申请" + request.status().label() + "，不在评估中")
                    : new NotPermittedException("只有本地区的财政审核人可以评估事前绩效评估申请");
        }
        return request;
    }

    private static ExAnteRequest.Assessment assessment(Actor actor, Map<String, BigDecimal> scores,
            Map<String, String> reasons, String opinion, ExAnteScore score,
            ExAnteConclusion conclusion) {
        Map<String, String> kept = new LinkedHashMap<>();
        reasons.forEach((code, reason) -> {
            if (reason != null && !reason.isBlank()) {
                if (reason.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("评估理由不能超过 " + MAX_TEXT + " 字");
                }
                kept.put(code, reason.strip());
            }
        });
        Map<String, BigDecimal> scored = new LinkedHashMap<>();
        scores.forEach((code, value) -> {
            if (value != null) {
                scored.put(code, value);
            }
        });
        String words = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (words != null && words.length() > MAX_TEXT) {
            throw new IllegalArgumentException("评估意见不能超过 " + MAX_TEXT + " 字");
        }
        return new ExAnteRequest.Assessment(scored, kept, words, actor.displayName(), Instant.now(), score.total(),
                conclusion);
    }

    private static void fresh(boolean written) {
        if (!written) {
            throw new ExAnteStepRefusedException("申请已被他人修改，请刷新页面后再试");
        }
    }

    /** Each field's refusal, in Chinese, by the form's field name; a submission asks for every text too. */
    static void check(ExAnteFiling filing, boolean submitting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (filing.projectName() == null || filing.projectName().isBlank()) {
            errors.put("projectName", "请填写项目（政策）名称");
        } else if (filing.projectName().strip().length() > MAX_NAME) {
            errors.put("projectName", "项目名称不能超过 " + MAX_NAME + " 字");
        }
        if (filing.projectCode() != null && filing.projectCode().length() > MAX_CODE) {
            errors.put("projectCode", "项目编码不能超过 " + MAX_CODE + " 个字符");
        }
        if (filing.year() == null || filing.year() < 2000 || filing.year() > 2100) {
            errors.put("year", "预算年度应为 2000 至 2100 之间的年份");
        }
        if (filing.amount() == null) {
            errors.put("amount", "请填写申请金额（万元）");
        } else if (filing.amount().signum() <= 0 || filing.amount().compareTo(MAX_AMOUNT) > 0) {
            errors.put("amount", "申请金额应大于 0 万元且在可能的范围内，实为 " + filing.amount().toPlainString());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < filing.fundings().size(); i++) {
            Funding funding = filing.fundings().get(i);
            String where = "第 " + (i + 1) + " 项资金来源";
            if (funding.source() == null || funding.source().isBlank()) {
                errors.put("fundings[" + i + "].source", where + "请写明来源（如本级财政资金）");
            }
            if (funding.amount() == null || funding.amount().signum() < 0
                    || funding.amount().compareTo(MAX_AMOUNT) > 0) {
                errors.put("fundings[" + i + "].amount", where + "“" + (funding.source() == null ? "" : funding.source())
                        + "”的金额应为不小于 0 的万元数");
            } else {
                sum = sum.add(funding.amount());
            }
        }
        text(errors, "necessity", filing.necessity(), "立项必要性（申请理由）", submitting);
        text(errors, "goals", filing.goals(), "绩效目标", submitting);
        text(errors, "plan", filing.plan(), "实施方案", submitting);
        if (String.join("\n", filing.indicators()).length() > MAX_TEXT) {
            errors.put("indicators", "绩效指标不能超过 " + MAX_TEXT + " 字");
        }
        if (submitting) {
            if (filing.fundings().isEmpty()) {
                errors.put("fundings", "请至少填写一项资金来源");
            } else if (filing.amount() != null && !errors.containsKey("amount") && sum.compareTo(filing.amount()) != 0) {
                errors.put("fundings", "各项资金来源合计 " + sum.stripTrailingZeros().toPlainString() + " 万元，与申请金额 "
                        + filing.amount().stripTrailingZeros().toPlainString() + " 万元不一致");
            }
            if (filing.indicators().isEmpty()) {
                errors.put("indicators", "请至少填写一项绩效指标（每行一项）");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFilingException(errors);
        }
    }

    private static void text(Map<String, String> errors, String field, String value, String label, boolean required) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, label + "不能超过 " + MAX_TEXT + " 字");
        } else if (required && (value == null || value.isBlank())) {
            errors.put(field, "提交前请填写" + label);
        }
    }
}
