package org.jixiao.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.extraction.ReportExtractor;

/**
 * {@code PdfCpuTime SECONDS FILE.pdf}: the process's CPU time per {@code extract} of a PDF against PDFBox's bare
 * {@code Loader.loadPDF} + {@code PDFTextStripper.getText} of the same file, alternated in one JVM, best of five
 * rounds each. {@code extract} hands PDFBox to a worker thread, so a thread's own CPU time would miss it; the
 * process's counts both (and the JIT's and collector's, alike for both sides once warm).
 */
public final class PdfCpuTime {

    private PdfCpuTime() {
    }

    interface Work {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        byte[] pdf = Files.readAllBytes(Path.of(args[1]));
        ReportExtractor extractor = new ReportExtractor();
        Work floor = () -> {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                new PDFTextStripper().getText(document);
            }
        };
        Work extract = () -> extractor.extract("report.pdf", pdf);
        double bestFloor = Double.MAX_VALUE;
        double bestExtract = Double.MAX_VALUE;
        time(floor, seconds * 1000);
        time(extract, seconds * 1000);
        for (int round = 0; round < 5; round++) {
            bestFloor = Math.min(bestFloor, time(floor, seconds * 500));
            bestExtract = Math.min(bestExtract, time(extract, seconds * 500));
        }
        System.out.printf("floor %.2f ms, extract %.2f ms CPU per file: %.2f x%n", bestFloor, bestExtract,
                bestExtract / bestFloor);
    }

    private static double time(Work work, long millis) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long end = System.currentTimeMillis() + millis;
        int runs = 0;
        while (System.currentTimeMillis() < end) {
            work.run();
            runs++;
        }
        return (os.getProcessCpuTime() - cpu) / 1e6 / runs;
    }
}
