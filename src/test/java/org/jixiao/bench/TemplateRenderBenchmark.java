package org.jixiao.bench;

import java.util.concurrent.TimeUnit;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.support.SeedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed rendered with a template against the built-in layout in the same run, warm, on one core
 * (scripts/jmh.sh pins it). Goals as the built-in's: DOCX under 200 ms, PDF under 500 ms. The templates are read
 * and checked once, as a stored template would be; {@code readAndCheck} is what an upload costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateRenderBenchmark {

    private static final EvaluationDocument SEED = SeedDocument.load();
    private static final ReportTemplate DEPARTMENT = ShippedTemplates.named("department-overall").orElseThrow();
    private static final ReportTemplate REPORT = ShippedTemplates.named("yunnan-report").orElseThrow();
    private static final ReportTemplate WORKBOOK = ShippedTemplates.named("mof-2020-project-xlsx").orElseThrow();

    @Benchmark
    public byte[] baselineDocx() {
        return ReportRenderer.render(SEED, ReportFormat.DOCX).content();
    }

    @Benchmark
    public byte[] baselinePdf() {
        return ReportRenderer.render(SEED, ReportFormat.PDF).content();
    }

    @Benchmark
    public byte[] baselineXlsx() {
        return ReportRenderer.render(SEED, ReportFormat.XLSX).content();
    }

    @Benchmark
    public byte[] departmentFormDocx() {
        return DEPARTMENT.render(SEED, ReportFormat.DOCX).content();
    }

    @Benchmark
    public byte[] reportOutlineDocx() {
        return REPORT.render(SEED, ReportFormat.DOCX).content();
    }

    @Benchmark
    public byte[] reportOutlinePdf() {
        return REPORT.render(SEED, ReportFormat.PDF).content();
    }

    @Benchmark
    public byte[] workbookXlsx() {
        return WORKBOOK.render(SEED, ReportFormat.XLSX).content();
    }

    @Benchmark
    public Object readAndCheck() {
        return ReportTemplate.read(DEPARTMENT.fileName(), DEPARTMENT.content()).placeholders();
    }
}
