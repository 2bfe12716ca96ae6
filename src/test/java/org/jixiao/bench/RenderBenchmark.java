package org.jixiao.bench;

import java.util.concurrent.TimeUnit;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportOutline;
import org.jixiao.rendering.ReportRenderer;
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
 * Rendering the seed document in each format, warm, on one core (scripts/jmh.sh pins it). Goals: DOCX under
 * 200 ms, PDF under 500 ms. The floor is building the outline alone and writing the document's JSON, which
 * every format does or exceeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    private static final EvaluationDocument SEED = SeedDocument.load();

    @Benchmark
    public Object floorOutlineAndJson() {
        ReportOutline.of(SEED);
        return DocumentJson.writeBytes(SEED);
    }

    @Benchmark
    public byte[] docx() {
        return ReportRenderer.render(SEED, ReportFormat.DOCX).content();
    }

    @Benchmark
    public byte[] pdf() {
        return ReportRenderer.render(SEED, ReportFormat.PDF).content();
    }

    @Benchmark
    public byte[] html() {
        return ReportRenderer.render(SEED, ReportFormat.HTML).content();
    }

    @Benchmark
    public byte[] xlsx() {
        return ReportRenderer.render(SEED, ReportFormat.XLSX).content();
    }
}
