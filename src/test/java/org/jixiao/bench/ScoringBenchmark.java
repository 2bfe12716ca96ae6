package org.jixiao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfile;
import org.jixiao.scoring.ScoringProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring and linting a department of 20 key tasks × 10 indicators (issue 4: under 50 µs per department on one
 * core), weak (counts and rates short of the target or far above it, cost indicators, qualitative ones, claims
 * without actual values, generic names: about 220 findings) and sound (every target met, no finding). The floor
 * is one pass over the same 200 indicators adding up their target values: the least any scoring must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {

    /** A weak department: generic names, targets too low or missed without reasons, no actual values. */
    private static final String[][] WEAK = {
        // level2, name, annual target, actual (null: none stated)
        {"QUANTITY", "培训人次", "≥600人次", "640人次"},
        {"QUANTITY", "召开会议次数", "1次", "1次"},
        {"QUALITY", "案件办结率", "≥98%", "100%"},
        {"QUALITY", "家长学校创建达标率", "100%", "95%"},
        {"TIMELINESS", "补助资金按时发放率", "≥95%", "90%"},
        {"COST", "人均培训成本", "≤300元", "320元"},
        {"SOCIAL", "受助妇女就业人数", "≥30人", "39人"},
        {"SOCIAL", "家庭教育影响力", "明显提升", "基本完成"},
        {"SUSTAINABLE", "阵地年服务人次", "≥1.5万人次", "18000人次"},
        {"SERVICE_RECIPIENT", "服务对象满意度（%）", "≥90%", null},
    };

    /** A sound department: specific indicators, every target met with its actual value stated. */
    private static final String[][] SOUND = {
        {"QUANTITY", "培训人次", "≥600人次", "640人次"},
        {"QUANTITY", "家庭教育指导服务场次", "≥40场", "42场"},
        {"QUALITY", "案件办结率", "≥98%", "100%"},
        {"QUALITY", "家长学校创建达标率", "100%", "100%"},
        {"TIMELINESS", "补助金审批后5个工作日内发放率", "≥95%", "97%"},
        {"COST", "人均培训成本", "≤300元", "280元"},
        {"SOCIAL", "受助妇女就业人数", "≥30人", "32人"},
        {"SOCIAL", "受指导家庭育儿能力测评提升比例", "≥60%", "64%"},
        {"SUSTAINABLE", "阵地年服务人次", "≥1.5万人次", "16000人次"},
        {"SERVICE_RECIPIENT", "受助家庭对上门服务的满意度", "≥90%", "93%"},
    };

    private final ScoringProfile profile = ScoringProfiles.builtIn().defaultProfile();
    private final Scorer scorer = new Scorer(profile);
    private final IndicatorLinter linter = new IndicatorLinter(profile);
    /** weak: about eleven findings per key task; sound: none. */
    @Param({"weak", "sound"})
    public String kind;

    private EvaluationDocument department;

    @Setup
    public void setUp() {
        department = department(20, kind.equals("weak") ? WEAK : SOUND);
    }

    EvaluationDocument departmentForTest() {
        return department;
    }

    @Benchmark
    public BigDecimal floorSumTargets() {
        BigDecimal sum = BigDecimal.ZERO;
        for (KeyTask task : department.keyTasks()) {
            for (Indicator indicator : task.indicators()) {
                Target target = indicator.target();
                if (target != null && target.value() != null) {
                    sum = sum.add(target.value());
                }
            }
        }
        return sum;
    }

    @Benchmark
    public Object score() {
        return scorer.score(department);
    }

    @Benchmark
    public Object lint() {
        return linter.lint(department);
    }

    /** Both, as the application asks for them: scored once, the findings using what the scoring found. */
    @Benchmark
    public Object scoreAndLint() {
        return linter.assess(department, null);
    }

    static EvaluationDocument department(int tasks, String[][] rows) {
        List<KeyTask> keyTasks = new ArrayList<>();
        String[] names = {"妇女技能培训", "维权服务", "家庭教育指导", "阵地建设", "困难妇女帮扶"};
        for (int t = 0; t < tasks; t++) {
            List<Indicator> indicators = new ArrayList<>();
            for (String[] row : rows) {
                IndicatorSubcategory level2 = IndicatorSubcategory.valueOf(row[0]);
                indicators.add(Indicator.builder().levels(level2.category(), level2, true).name(row[1])
                        .annualTarget(Target.parse(row[2])).actual(Target.parse(row[3]))
                        .met(row[3] == null ? Boolean.TRUE : null).build());
            }
            BigDecimal budget = BigDecimal.valueOf(10 + t);
            keyTasks.add(new KeyTask(names[t % names.length] + (t + 1), null, budget, budget, BigDecimal.valueOf(100),
                    "如期完成。", null, indicators, null));
        }
        BigDecimal total = BigDecimal.valueOf(1000);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, 2023,
                new Department("广州市某区妇女联合会", null, "广州市某区", null, null), List.of(),
                new Funds(total, null, total, BigDecimal.valueOf(100), List.of(), null, null, null), List.of(), keyTasks,
                null, List.of(), List.of(), List.of(), null, null);
    }
}
