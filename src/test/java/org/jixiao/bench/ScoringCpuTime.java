package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;

/**
 * {@code ScoringCpuTime SECONDS [weak|sound] [OPERATION]}: the thread's CPU time per operation of what
 * {@link ScoringBenchmark} measures (the floor, score, lint, and both as the application asks; or the one named),
 * the best of five rounds after a warm-up.
 * On a shared machine a thread's CPU time is steadier than JMH's wall clock; docs/performance.md gives both.
 */
public final class ScoringCpuTime {

    private static Object sink;

    private ScoringCpuTime() {
    }

    public static void main(String[] args) {
        long seconds = Long.parseLong(args[0]);
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.kind = args.length > 1 ? args[1] : "weak";
        benchmark.setUp();
        EvaluationDocument department = benchmark.departmentForTest();
        Scorer scorer = new Scorer(ScoringProfiles.builtIn().defaultProfile());
        IndicatorLinter linter = new IndicatorLinter(ScoringProfiles.builtIn().defaultProfile());
        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("floorSumTargets", benchmark::floorSumTargets);
        operations.put("score", () -> scorer.score(department));
        operations.put("lint", () -> linter.lint(department));
        operations.put("scoreAndLint", () -> linter.assess(department, null));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (args.length > 2) {
            operations.keySet().retainAll(Set.of(args[2]));
        }
        for (Map.Entry<String, Supplier<Object>> operation : operations.entrySet()) {
            run(operation.getValue(), seconds * 1000);
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long runs = run(operation.getValue(), seconds * 200);
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / runs);
            }
            System.out.printf("%-16s %-6s %8.2f µs CPU per op%n", operation.getKey(), benchmark.kind, best);
        }
    }

    private static long run(Supplier<Object> operation, long millis) {
        long end = System.currentTimeMillis() + millis;
        long runs = 0;
        while (System.currentTimeMillis() < end) {
            sink = operation.get();
            runs++;
        }
        return runs;
    }
}
