package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.extraction.ReportExtractor;

/**
 * {@code ExtractionCpuTime SECONDS FILE...}: per file, the thread's CPU time of one {@code extract}, the best of five
 * rounds after a warm-up. On a shared machine a thread's CPU time is steadier than JMH's wall clock; both are
 * reported in docs/performance.md.
 */
public final class ExtractionCpuTime {

    private ExtractionCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ReportExtractor extractor = new ReportExtractor();
        long seconds = Long.parseLong(args[0]);
        for (int f = 1; f < args.length; f++) {
            byte[] content = Files.readAllBytes(Path.of(args[f]));
            String name = Path.of(args[f]).getFileName().toString();
            long end = System.currentTimeMillis() + seconds * 1000;
            while (System.currentTimeMillis() < end) {
                extractor.extract(name, content);
            }
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                int runs = 0;
                end = System.currentTimeMillis() + seconds * 500;
                while (System.currentTimeMillis() < end) {
                    extractor.extract(name, content);
                    runs++;
                }
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs);
            }
            System.out.printf("%-40s %.3f ms CPU per report, %.0f reports/s%n", name, best, 1000 / best);
        }
    }
}
