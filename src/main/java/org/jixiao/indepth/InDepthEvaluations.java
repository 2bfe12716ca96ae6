package org.jixiao.indepth;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityLog;
import org.jixiao.rendering.InDepthReport;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.scoring.InDepthAgreement;
import org.jixiao.scoring.InDepthFramework;
import org.jixiao.scoring.InDepthFrameworks;
import org.jixiao.scoring.InDepthScorer;
import org.jixiao.scoring.InDepthTally;
import org.jixiao.scoring.InvalidProfileException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 部门评价 and 财政评价 as their people do them (docs/in-depth-evaluation.md): the bureau chooses a project and opens
 * an evaluation with the reference framework's copy, assigns an institution for a period and experts, edits the
 * framework and freezes it; the experts score, the institution records the agreed scores and writes the report, the
 * bureau publishes it. Every step asks {@link InDepthAccess} and is one transaction; what a third party reads or
 * does, and each refusal of it, is written to the security log.
 */
@Service
public class InDepthEvaluations {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_SCOPE = 10000;
    private static final int MAX_TEXT = 20000;

    private final InDepthStore store;
    private final Accounts accounts;
    private final SecurityLog securityLog;
    private final Clock clock;

    InDepthEvaluations(InDepthStore store, Accounts accounts, SecurityLog securityLog) {
        this.store = store;
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.clock = Clock.system(ZONE);
    }

    /** Today where the bureaus are: the assignment's days are China's days. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The region's self-evaluated projects the selection lets through, the biggest first. */
    public List<InDepthCandidate> candidates(Actor actor, Selection selection) {
        if (!InDepthAccess.managesRegion(actor)) {
            throw new NotPermittedException("只有财政审核人可以选择重点评价项目");
        }
        return store.candidates(actor.region(), selection, today().getYear());
    }

    /** The actor's evaluations: the region's, the unit's published ones, or those assigned to a third party now. */
    public List<InDepthEvaluation> list(Actor actor) {
        LocalDate today = today();
        List<InDepthEvaluation> all;
        if (InDepthAccess.managesRegion(actor)) {
            all = store.ofRegion(actor.region());
        } else if (InDepthAccess.isThirdParty(actor)) {
            all = store.ofPerson(actor.username());
            log(actor, "LIST", null, SecurityEvent.Outcome.SUCCESS, null);
        } else if (InDepthAccess.canList(actor)) {
            all = store.ofUnit(actor.unitId());
        } else {
            throw new NotPermittedException("您的角色不参与重点绩效评价");
        }
        return all.stream().filter(e -> InDepthAccess.canRead(actor, e, today)).toList();
    }

    public InDepthEvaluation read(Actor actor, long id) {
        InDepthEvaluation evaluation = readable(actor, id, "READ");
        log(actor, "READ", id, SecurityEvent.Outcome.SUCCESS, null);
        return evaluation;
    }

    /** The evaluation's framework as it stands (its copy, edited or frozen). */
    public InDepthFramework framework(Actor actor, long id) {
        readable(actor, id, "READ_FRAMEWORK");
        return store.framework(id);
    }

    /**
     * The scores side by side; an expert who may not see the others' yet is shown their own alone.
     */
    public InDepthTally tally(Actor actor, long id) {
        InDepthEvaluation evaluation = readable(actor, id, "READ_SCORES");
        Map<String, Map<String, BigDecimal>> scores = store.scores(id);
        if (!InDepthAccess.canSeeAllScores(actor, evaluation, today())) {
            scores = scores.containsKey(actor.username()) ? Map.of(actor.username(), scores.get(actor.username()))
                    : Map.of();
        }
        return InDepthScorer.tally(store.framework(id), scores, store.agreed(id));
    }

    /** The report in the Ministry's outline, as DOCX or PDF: whoever reads the evaluation, once it is being written. */
    public RenderedReport report(Actor actor, long id, ReportFormat format) {
        return reportOf(actor, id).render(format);
    }

    public String reportFileName(Actor actor, long id, ReportFormat format) {
        return reportOf(actor, id).fileName(format);
    }

    private InDepthReport reportOf(Actor actor, long id) {
        InDepthEvaluation evaluation = readable(actor, id, "REPORT");
        if (!InDepthAccess.canDownloadReport(actor, evaluation, today())) {
            throw refused("评价" + evaluation.status().label() + "，报告尚未开始撰写");
        }
        log(actor, "REPORT", id, SecurityEvent.Outcome.SUCCESS, null);
        return ReportMaker.of(evaluation, store.framework(id),
                InDepthScorer.tally(store.framework(id), store.scores(id), store.agreed(id)));
    }

    /** 立项: a new evaluation of a candidate of the actor's region, with its own copy of the reference framework. */
    @Transactional
    public long open(Actor actor, InDepthOpening opening) {
        if (!InDepthAccess.managesRegion(actor)) {
            throw new NotPermittedException("只有财政审核人可以对本区项目开展重点绩效评价");
        }
        InDepthCandidate source = store.candidate(actor.region(), opening.sourceId(), today().getYear())
                .orElseThrow(() -> refused("所选项目不在本区已审核或已公开的自评项目中"));
        if (opening.kind() == null) {
            throw refused("请选择评价类型（部门评价或财政评价）");
        }
        text(opening.scope(), "评价范围", MAX_SCOPE, true);
        if (opening.startsOn() == null || opening.endsOn() == null) {
            throw refused("请填写评价工作的开始和结束日期");
        }
        if (opening.endsOn().isBefore(opening.startsOn())) {
            throw refused("评价工作的结束日期 " + opening.endsOn() + " 早于开始日期 " + opening.startsOn());
        }
        return store.insert(actor.region(), source, opening, InDepthFrameworks.reference(), actor.username(),
                Instant.now(clock));
    }

    /** An indicator added, or changed in place (same code): the bureau, before scoring starts. */
    @Transactional
    public void saveIndicator(Actor actor, long id, InDepthFramework.Indicator indicator) {
        frameworkEditable(actor, id);
        store.writeFramework(id, store.framework(id).with(indicator));
    }

    @Transactional
    public void removeIndicator(Actor actor, long id, String code) {
        frameworkEditable(actor, id);
        InDepthFramework framework = store.framework(id);
        if (framework.indicators().stream().noneMatch(i -> i.code().equals(code))) {
            throw refused("指标体系中没有指标 " + code);
        }
        store.writeFramework(id, framework.without(code));
    }

    /** A new institution of the actor's region. */
    @Transactional
    public long createInstitution(Actor actor, String name) {
        if (!InDepthAccess.managesRegion(actor)) {
            throw new NotPermittedException("只有财政审核人可以登记第三方机构");
        }
        text(name, "机构名称", 200, true);
        if (store.institutions(actor.region()).stream().anyMatch(i -> i.name().equals(name.strip()))) {
            throw refused("本区已有第三方机构“" + name.strip() + "”");
        }
        return store.createInstitution(actor.region(), name);
    }

    public List<Institution> institutions(Actor actor) {
        if (!InDepthAccess.managesRegion(actor)) {
            throw new NotPermittedException("只有财政审核人可以查看第三方机构");
        }
        return store.institutions(actor.region());
    }

    /** A third-party evaluator's account joins an institution of the actor's region. */
    @Transactional
    public void addMember(Actor actor, long institutionId, String username) {
        Institution institution = ownInstitution(actor, institutionId);
        person(username, Role.THIRD_PARTY_EVALUATOR);
        if (institution.members().contains(username)) {
            throw refused(username + " 已是" + institution.name() + "的人员");
        }
        store.addMember(institutionId, username);
    }

    /** 委托: the institution works on the evaluation from {@code from} to {@code until}, both days included. */
    @Transactional
    public void assign(Actor actor, long id, long institutionId, LocalDate from, LocalDate until) {
        InDepthEvaluation evaluation = readable(actor, id, "ASSIGN");
        if (!InDepthAccess.canAssign(actor, evaluation)) {
            throw refused("评价" + evaluation.status().label() + "，不能委托第三方机构");
        }
        ownInstitution(actor, institutionId);
        if (from == null || until == null) {
            throw refused("请填写委托的起止日期");
        }
        if (until.isBefore(from)) {
            throw refused("委托的结束日期 " + until + " 早于开始日期 " + from);
        }
        store.assign(id, institutionId, from, until);
    }

    /** An expert's account named on the evaluation (their period is the institution's assignment). */
    @Transactional
    public void addExpert(Actor actor, long id, String username) {
        InDepthEvaluation evaluation = readable(actor, id, "ADD_EXPERT");
        if (!InDepthAccess.canAssign(actor, evaluation)) {
            throw refused("评价" + evaluation.status().label() + "，不能增加专家");
        }
        person(username, Role.EXPERT);
        if (evaluation.hasExpert(username)) {
            throw refused(username + " 已是本评价的专家");
        }
        store.addExpert(id, username);
    }

    /**
     * The next step: 立项 → 方案; 方案 → 评分 once the framework adds up to 100 and there is an institution and an
     * expert; 评分 → 报告 once every indicator is agreed (the total and grade then kept); 报告 → 已发布 once every
     * required section of the report is written.
     */
    @Transactional
    public InDepthStatus advance(Actor actor, long id) {
        InDepthEvaluation evaluation = readable(actor, id, "STEP");
        if (!InDepthAccess.canStep(actor, evaluation)) {
            throw refused("评价" + evaluation.status().label() + "，您不能推进到下一步");
        }
        InDepthStatus from = evaluation.status();
        switch (from) {
            case PLANNING -> {
                try {
                    store.framework(id).requireBalanced();
                } catch (InvalidProfileException e) {
                    throw refused(e.getMessage());
                }
                if (evaluation.institution() == null) {
                    throw refused("请先委托第三方机构，再开始评分");
                }
                if (evaluation.experts().isEmpty()) {
                    throw refused("请先增加至少一名评审专家，再开始评分");
                }
            }
            case SCORING -> {
                InDepthTally tally = InDepthScorer.tally(store.framework(id), store.scores(id), store.agreed(id));
                if (!tally.complete()) {
                    List<String> open = tally.rows().stream().filter(r -> r.agreed() == null)
                            .map(r -> r.indicator().title()).toList();
                    throw refused("尚有 " + open.size() + " 项指标未确定得分：" + String.join("、", open));
                }
                store.result(id, tally.total(), tally.grade());
            }
            case REPORTING -> {
                List<String> missing = new ArrayList<>();
                for (ReportSection section : ReportSection.values()) {
                    if (section.required() && evaluation.report().getOrDefault(section, "").isBlank()) {
                        missing.add(section.heading());
                    }
                }
                if (!missing.isEmpty()) {
                    throw refused("评价报告尚缺：" + String.join("、", missing));
                }
            }
            default -> {
            }
        }
        InDepthStatus to = from.next();
        if (!store.step(id, from, to, Instant.now(clock))) {
            throw refused("评价已被他人推进，请刷新后再试");
        }
        return to;
    }

    /** An expert's own scores, each within its indicator's weight; a blank one is taken back. */
    @Transactional
    public void score(Actor actor, long id, Map<String, BigDecimal> scores) {
        permitted(actor, id, "SCORE", e -> InDepthAccess.canScore(actor, e, today()), "您不能评分");
        InDepthFramework framework = store.framework(id);
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            InDepthFramework.Indicator indicator = indicator(framework, code);
            if (score != null) {
                check(indicator, score);
            }
            checked.put(code, score);
        });
        Instant now = Instant.now(clock);
        checked.forEach((code, score) -> store.score(id, actor.username(), code, score, now));
        log(actor, "SCORE", id, SecurityEvent.Outcome.SUCCESS, checked.size() + " 项");
    }

    /** The agreed score of one indicator, with the reason a wide spread asks for; who and when are kept. */
    @Transactional
    public InDepthAgreement agree(Actor actor, long id, String code, BigDecimal score, String reason) {
        permitted(actor, id, "AGREE", e -> InDepthAccess.canAgree(actor, e, today()), "您不能确定得分");
        text(reason, "理由", 4000, false);
        InDepthFramework framework = store.framework(id);
        indicator(framework, code);
        InDepthAgreement agreement;
        try {
            agreement = InDepthScorer.agree(framework, code, store.scores(id), score, reason, actor.username(),
                    Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
        store.agree(id, agreement);
        log(actor, "AGREE", id, SecurityEvent.Outcome.SUCCESS, code);
        return agreement;
    }

    /** The report's texts, those given replacing the stored (a blank one clears its section). */
    @Transactional
    public void writeReport(Actor actor, long id, Map<ReportSection, String> texts) {
        permitted(actor, id, "WRITE_REPORT", e -> InDepthAccess.canWriteReport(actor, e, today()), "您不能撰写报告");
        texts.forEach((section, body) -> text(body, section.heading(), MAX_TEXT, false));
        store.writeReport(id, texts);
        log(actor, "WRITE_REPORT", id, SecurityEvent.Outcome.SUCCESS, null);
    }

    /** The evaluation where the actor may read it; else, logged for a third party, as one that does not exist. */
    private InDepthEvaluation readable(Actor actor, long id, String action) {
        InDepthEvaluation evaluation = store.find(id).orElse(null);
        if (evaluation == null || !InDepthAccess.canRead(actor, evaluation, today())) {
            log(actor, action, id, SecurityEvent.Outcome.REFUSED, "不在委托范围或期限内");
            throw new InDepthNotFoundException(id);
        }
        return evaluation;
    }

    /** The evaluation where the gate lets the actor do it; else refused, and logged for a third party. */
    private InDepthEvaluation permitted(Actor actor, long id, String action, Predicate<InDepthEvaluation> gate,
            String refusal) {
        InDepthEvaluation evaluation = readable(actor, id, action);
        if (!gate.test(evaluation)) {
            log(actor, action, id, SecurityEvent.Outcome.REFUSED, evaluation.status().label());
            throw refused("评价" + evaluation.status().label() + "，" + refusal);
        }
        return evaluation;
    }

    private void frameworkEditable(Actor actor, long id) {
        InDepthEvaluation evaluation = readable(actor, id, "EDIT_FRAMEWORK");
        if (!InDepthAccess.canEditFramework(actor, evaluation)) {
            throw refused("评价" + evaluation.status().label() + "，指标体系已冻结，不能修改");
        }
    }

    private Institution ownInstitution(Actor actor, long institutionId) {
        if (!InDepthAccess.managesRegion(actor)) {
            throw new NotPermittedException("只有财政审核人可以管理第三方机构");
        }
        return store.institution(institutionId).filter(i -> i.region().equals(actor.region()))
                .orElseThrow(() -> refused("本区没有编号为 " + institutionId + " 的第三方机构"));
    }

    private void person(String username, Role role) {
        boolean fits = username != null && accounts.find(username.strip())
                .filter(a -> a.role() == role && a.enabled()).isPresent();
        if (!fits) {
            throw refused("没有角色为" + role.label() + "的可用账号 " + username);
        }
    }

    private static InDepthFramework.Indicator indicator(InDepthFramework framework, String code) {
        return framework.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> refused("指标体系中没有指标 " + code));
    }

    private static void check(InDepthFramework.Indicator indicator, BigDecimal score) {
        try {
            InDepthScorer.check(indicator, score);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    private static void text(String value, String what, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw refused("请填写" + what);
        }
        if (value != null && value.strip().length() > max) {
            throw refused(what + "不能超过 " + max + " 个字（现有 " + value.strip().length() + " 个）");
        }
    }

    private void log(Actor actor, String action, Long id, SecurityEvent.Outcome outcome, String detail) {
        if (InDepthAccess.isThirdParty(actor)) {
            securityLog.record(new SecurityEvent(Instant.now(clock), actor.username(), null,
                    SecurityEvent.Category.THIRD_PARTY, "IN_DEPTH_" + action, id == null ? null : "评价 " + id, outcome,
                    detail));
        }
    }

    private static InDepthStepRefusedException refused(String message) {
        return new InDepthStepRefusedException(message);
    }
}
