package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Decimals;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.AuditTrail;
import org.jixiao.review.MonitoringChange;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.ScoringProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双监控 of one evaluation's year: the unit reports, month by month, what each key task has spent since January
 * and how each indicator is progressing; everyone who may read the evaluation sees each task red, yellow or green
 * against the progress expected by then.
 */
@Service
public class ExecutionMonitoring {

    private final ReviewWorkflow workflow;
    private final Evaluations evaluations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MonitoringRules rules;

    ExecutionMonitoring(ReviewWorkflow workflow, Evaluations evaluations, AuditTrail audit, JdbcClient jdbc,
            EvaluationScoring scoring) {
        this.workflow = workflow;
        this.evaluations = evaluations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.rules = rulesOf(scoring.profile().monitoring());
    }

    /** The region's settings from its scoring profile; a curve that does not rise to 100 % stops the start-up. */
    static MonitoringRules rulesOf(ScoringProfile.Monitoring settings) {
        ProgressCurve curve = settings.expectedProgress() == null ? ProgressCurve.linear()
                : new ProgressCurve(settings.expectedProgress());
        return new MonitoringRules(curve, settings.redBelow(), settings.yellowBelow(), settings.reviewMonth());
    }

    public MonitoringRules rules() {
        return rules;
    }

    /** Everything reported for the evaluation, and where each task stands at the given month (the latest if null). */
    public MonitoringView view(Actor actor, long evaluationId, Integer month) {
        StoredEvaluation evaluation = workflow.readInside(actor, evaluationId);
        Map<String, TreeMap<Integer, Reported>> executions = new LinkedHashMap<>();
        jdbc.sql("SELECT task_name, report_month, executed, note FROM monitoring_execution WHERE evaluation_id = ?"
                        + " ORDER BY report_month")
                .param(evaluationId)
                .query((rs, n) -> {
                    executions.computeIfAbsent(rs.getString("task_name"), k -> new TreeMap<>())
                            .put(rs.getInt("report_month"), new Reported(Decimals.canonical(rs.getBigDecimal("executed")),
                                    rs.getString("note")));
                    return null;
                }).list();
        Map<String, Progress> progress = new LinkedHashMap<>();
        int shown = month != null ? month : latestMonth(evaluationId, evaluation.document().fiscalYear());
        jdbc.sql("""
                SELECT task_name, indicator_name, progress, on_track, note FROM monitoring_progress
                WHERE evaluation_id = ? AND report_month = ?""")
                .params(evaluationId, shown)
                .query((rs, n) -> progress.put(rs.getString("task_name") + "\u0000" + rs.getString("indicator_name"),
                        new Progress(rs.getString("progress"), (Boolean) rs.getObject("on_track"), rs.getString("note"))))
                .list();
        List<TaskMonitoring> tasks = new ArrayList<>();
        for (KeyTask task : evaluation.document().keyTasks()) {
            TreeMap<Integer, Reported> reported = executions.getOrDefault(task.name(), new TreeMap<>());
            Map.Entry<Integer, Reported> latest = reported.floorEntry(shown);
            BigDecimal executed = latest == null ? null : latest.getValue().executed();
            MonitoringRules.Standing standing = rules.standing(task.budget(), executed, shown);
            List<IndicatorMonitoring> indicators = new ArrayList<>();
            for (Indicator indicator : task.indicators()) {
                indicators.add(new IndicatorMonitoring(indicator.name(), indicator.annualTarget() == null ? null
                        : indicator.annualTarget().text(), progress.get(task.name() + "\u0000" + indicator.name())));
            }
            Reported thisMonth = reported.get(shown);
            tasks.add(new TaskMonitoring(task.name(), task.budget(), executed, thisMonth == null ? null : thisMonth.note(),
                    standing, reported, indicators));
        }
        return new MonitoringView(evaluation, shown, rules.isReviewPoint(shown), rules.reviewMonth(), tasks);
    }

    /** The monitoring at the latest month reported, where anything has been reported. */
    public Optional<MonitoringView> latest(Actor actor, long evaluationId) {
        Integer latest = jdbc.sql("SELECT MAX(report_month) FROM monitoring_execution WHERE evaluation_id = ?")
                .param(evaluationId).query(Integer.class).optional().orElse(null);
        if (latest == null || !EvaluationAccess.isInvolved(actor, workflow.read(actor, evaluationId).scope())) {
            return Optional.empty();
        }
        return Optional.of(view(actor, evaluationId, latest));
    }

    /**
     * The unit's report for a month: cumulative spending per key task and progress per indicator. Replaces what was
     * reported for that month; a project leader reports only the tasks that name them. Every figure it changes goes
     * into the evaluation's audit trail, with its value before and after. Refused once the monitoring is settled.
     */
    @Transactional
    public void report(Actor actor, long evaluationId, int month, List<TaskReport> tasks) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("月份应为 1 至 12");
        }
        // the status checked below holds until these figures are written: an approval waits for them, or they for it
        evaluations.holdStatus(evaluationId);
        StoredEvaluation evaluation = workflow.read(actor, evaluationId);
        if (!mayReport(actor, evaluation)) {
            throw new NotPermittedException(EvaluationAccess.isMonitoringSettled(evaluation.scope())
                    ? "评价" + evaluation.status().label() + "，运行监控数据已随评价定稿，不能再修改"
                    : "只有本单位的填报人和项目负责人可以填报运行监控");
        }
        EvaluationScope scope = evaluation.scope();
        List<KeyTask> keyTasks = evaluation.document().keyTasks();
        Instant at = Instant.now();
        List<MonitoringChange> changes = new ArrayList<>();
        for (TaskReport report : tasks) {
            int index = indexOf(keyTasks, report.taskName());
            if (!EvaluationAccess.canReportProgress(actor, scope, index)) {
                throw new NotPermittedException("您不能填报“" + report.taskName() + "”的运行监控");
            }
            if (report.executed() != null && report.executed().signum() < 0) {
                throw new IllegalArgumentException("“" + report.taskName() + "”的累计执行数不应为负数");
            }
            BigDecimal before = earlierExecuted(evaluationId, report.taskName(), month);
            if (report.executed() != null && before != null && report.executed().compareTo(before) < 0) {
                throw new IllegalArgumentException("“" + report.taskName() + "”" + month + "月的累计执行数 "
                        + report.executed().toPlainString() + " 万元少于此前月份已报的 " + before.toPlainString()
                        + " 万元：请填自年初起的累计数");
            }
            Reported was = reported(evaluationId, month, report.taskName());
            Reported is = new Reported(Decimals.canonical(report.executed()), blankToNull(report.note()));
            change(changes, month, report.taskName(), null, "executed", amount(was.executed()), amount(is.executed()));
            change(changes, month, report.taskName(), null, "note", was.note(), is.note());
            jdbc.sql("DELETE FROM monitoring_execution WHERE evaluation_id = ? AND report_month = ? AND task_name = ?")
                    .params(evaluationId, month, report.taskName()).update();
            jdbc.sql("""
                    INSERT INTO monitoring_execution (evaluation_id, report_month, task_name, executed, note, reported_by,
                        reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(evaluationId, month, report.taskName(), report.executed(), is.note(),
                            actor.username(), Timestamp.from(at)).update();
            for (ProgressReport progress : report.indicators()) {
                Progress had = progress(evaluationId, month, report.taskName(), progress.indicatorName());
                Progress has = new Progress(blankToNull(progress.progress()), progress.onTrack(),
                        blankToNull(progress.note()));
                change(changes, month, report.taskName(), progress.indicatorName(), "progress", had.progress(),
                        has.progress());
                change(changes, month, report.taskName(), progress.indicatorName(), "onTrack", text(had.onTrack()),
                        text(has.onTrack()));
                change(changes, month, report.taskName(), progress.indicatorName(), "note", had.note(), has.note());
                jdbc.sql("DELETE FROM monitoring_progress WHERE evaluation_id = ? AND report_month = ? AND task_name = ?"
                                + " AND indicator_name = ?")
                        .params(evaluationId, month, report.taskName(), progress.indicatorName()).update();
                if (has.equals(Progress.NONE)) {
                    continue;
                }
                jdbc.sql("""
                        INSERT INTO monitoring_progress (evaluation_id, report_month, task_name, indicator_name, progress,
                            on_track, note, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(evaluationId, month, report.taskName(), progress.indicatorName(), has.progress(),
                                has.onTrack(), has.note(), actor.username(), Timestamp.from(at)).update();
            }
        }
        audit.monitoringReported(evaluationId, actor.username(), changes);
    }

    public boolean mayReport(Actor actor, StoredEvaluation evaluation) {
        for (int i = 0; i < evaluation.document().keyTasks().size(); i++) {
            if (EvaluationAccess.canReportProgress(actor, evaluation.scope(), i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every key task of a region's evaluations of a year at the end of a month: the latest spending reported up
     * to that month against the progress expected by then. Reds first, then yellows.
     */
    public List<RegionTask> region(Actor actor, String region, int year, int month) {
        if (!RegionAccess.canView(actor, region)) {
            throw new NotPermittedException("只有本区财政审核人和管理员可以查看全区的运行监控");
        }
        List<RegionTask> rows = jdbc.sql("""
                SELECT k.evaluation_id AS id, k.unit_name, k.name AS task_name, k.budget,
                       (SELECT m.executed FROM monitoring_execution m
                        WHERE m.evaluation_id = k.evaluation_id AND m.task_name = k.name AND m.report_month <= :month
                          AND m.executed IS NOT NULL
                        ORDER BY m.report_month DESC LIMIT 1) AS executed
                FROM key_task_overview k
                WHERE k.region = :region AND k.fiscal_year = :year
                ORDER BY k.unit_name, k.evaluation_id, k.task_index""")
                .param("month", month).param("region", region).param("year", year)
                .query((rs, n) -> new RegionTask(rs.getLong("id"), rs.getString("unit_name"), rs.getString("task_name"),
                        Decimals.canonical(rs.getBigDecimal("budget")), Decimals.canonical(rs.getBigDecimal("executed")),
                        rules.standing(rs.getBigDecimal("budget"), rs.getBigDecimal("executed"), month)))
                .list();
        List<RegionTask> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(RegionTask::urgency));
        return sorted;
    }

    /** The latest month reported of the evaluation; where none is, the month its year is at ({@link #monthOf}). */
    private int latestMonth(long evaluationId, int fiscalYear) {
        Integer latest = jdbc.sql("SELECT MAX(report_month) FROM monitoring_execution WHERE evaluation_id = ?")
                .param(evaluationId).query(Integer.class).optional().orElse(null);
        return latest == null ? monthOf(fiscalYear, LocalDate.now()) : latest;
    }

    /**
     * The year a region's monitoring opens on: the latest with monthly reports, else the latest with key tasks to
     * report on, else this year.
     */
    public int latestYear(String region) {
        Integer reported = jdbc.sql("""
                SELECT MAX(e.fiscal_year) FROM evaluation_overview e
                WHERE e.region = ? AND EXISTS (SELECT 1 FROM monitoring_execution m WHERE m.evaluation_id = e.id)""")
                .param(region).query(Integer.class).optional().orElse(null);
        if (reported != null) {
            return reported;
        }
        Integer planned = jdbc.sql("SELECT MAX(k.fiscal_year) FROM key_task_overview k WHERE k.region = ?")
                .param(region).query(Integer.class).optional().orElse(null);
        return planned != null ? planned : LocalDate.now().getYear();
    }

    /**
     * The month a region's monitoring of a year opens on: the latest any of its units reported, else the month the
     * year is at ({@link #monthOf}).
     */
    public int latestMonth(String region, int year) {
        Integer latest = jdbc.sql("""
                SELECT MAX(m.report_month) FROM monitoring_execution m
                JOIN evaluation_overview e ON e.id = m.evaluation_id
                WHERE e.region = ? AND e.fiscal_year = ?""")
                .params(region, year).query(Integer.class).optional().orElse(null);
        return latest != null ? latest : monthOf(year, LocalDate.now());
    }

    /**
     * Where a year without reports stands on {@code today}: a past year at its end (December), this year at the
     * month just ended (January while January lasts), a year to come at its start.
     */
    static int monthOf(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 12;
        }
        return year > today.getYear() ? 1 : Math.max(1, today.getMonthValue() - 1);
    }

    /** What was reported for the task in the month: nothing if it was not. */
    private Reported reported(long evaluationId, int month, String task) {
        return jdbc.sql("SELECT executed, note FROM monitoring_execution WHERE evaluation_id = ? AND report_month = ?"
                        + " AND task_name = ?")
                .params(evaluationId, month, task)
                .query((rs, n) -> new Reported(Decimals.canonical(rs.getBigDecimal("executed")), rs.getString("note")))
                .optional().orElse(new Reported(null, null));
    }

    private Progress progress(long evaluationId, int month, String task, String indicator) {
        return jdbc.sql("SELECT progress, on_track, note FROM monitoring_progress WHERE evaluation_id = ?"
                        + " AND report_month = ? AND task_name = ? AND indicator_name = ?")
                .params(evaluationId, month, task, indicator)
                .query((rs, n) -> new Progress(rs.getString("progress"), (Boolean) rs.getObject("on_track"),
                        rs.getString("note")))
                .optional().orElse(Progress.NONE);
    }

    private static void change(List<MonitoringChange> changes, int month, String task, String indicator, String figure,
            String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new MonitoringChange(month, task, indicator, figure, before, after));
        }
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    private BigDecimal earlierExecuted(long evaluationId, String task, int month) {
        return jdbc.sql("""
                SELECT executed FROM monitoring_execution WHERE evaluation_id = ? AND task_name = ? AND report_month < ?
                AND executed IS NOT NULL ORDER BY report_month DESC""")
                .params(evaluationId, task, month).query(BigDecimal.class).list().stream().findFirst()
                .map(Decimals::canonical).orElse(null);
    }

    private static int indexOf(List<KeyTask> tasks, String name) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the unit reports for one task in a month. */
    public record TaskReport(String taskName, BigDecimal executed, String note, List<ProgressReport> indicators) {

        public TaskReport {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** How one indicator is progressing: in words (已完成 60%), on track or not, and a note. */
    public record ProgressReport(String indicatorName, String progress, Boolean onTrack, String note) {
    }

    record Reported(BigDecimal executed, String note) {
    }

    public record Progress(String progress, Boolean onTrack, String note) {

        static final Progress NONE = new Progress(null, null, null);
    }

    /** One indicator with its target and its progress as reported for the month shown. */
    public record IndicatorMonitoring(String name, String annualTarget, Progress progress) {
    }

    /**
     * One key task at the month shown.
     *
     * @param executed spent since January by the month shown (the latest report up to it)
     * @param reported cumulative spending by month
     */
    public record TaskMonitoring(String name, BigDecimal budget, BigDecimal executed, String note,
            MonitoringRules.Standing standing, Map<Integer, Reported> reported, List<IndicatorMonitoring> indicators) {

        public BigDecimal executedIn(int month) {
            Reported r = reported.get(month);
            return r == null ? null : r.executed();
        }
    }

    /** A key task of the region at a month. */
    public record RegionTask(long evaluationId, String unitName, String taskName, BigDecimal budget,
            BigDecimal executed, MonitoringRules.Standing standing) {

        /** Red first, then yellow, then green, then those without a report. */
        int urgency() {
            Signal signal = standing.signal();
            return signal == null ? 3 : switch (signal) {
                case RED -> 0;
                case YELLOW -> 1;
                case GREEN -> 2;
            };
        }
    }

    /** An evaluation's monitoring at a month. */
    public record MonitoringView(StoredEvaluation evaluation, int month, boolean reviewPoint, int reviewMonth,
            List<TaskMonitoring> tasks) {

        public long count(Signal signal) {
            return tasks.stream().filter(t -> t.standing().signal() == signal).count();
        }

        public long reds() {
            return count(Signal.RED);
        }

        public long yellows() {
            return count(Signal.YELLOW);
        }
    }
}
