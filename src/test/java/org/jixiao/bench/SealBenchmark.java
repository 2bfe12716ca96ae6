package org.jixiao.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.PdfSeal;
import org.jixiao.seal.Publication;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SigningKey;
import org.jixiao.support.SeedDocument;
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
 * What signing adds to publishing (issue goal: at most 50 ms): the seed's PDF rendered unsigned (the baseline, in
 * the same run), rendered and signed as publication does it (digest, render, sign), and a signed PDF checked as the
 * public page checks it; per profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SealBenchmark {

    private static final EvaluationDocument SEED = SeedDocument.load();

    @Param({"INTERNATIONAL", "GUOMI"})
    public SealProfile profile;

    private SigningKey key;
    private byte[] rendered;
    private byte[] signed;

    @Setup
    public void key() {
        key = SigningKey.generate("示例区财政局", profile, Instant.now());
        rendered = renderUnsigned();
        signed = renderAndSign();
    }

    @Benchmark
    public byte[] renderUnsigned() {
        return ReportRenderer.render(SEED, ReportFormat.PDF).content();
    }

    @Benchmark
    public byte[] renderAndSign() {
        return sign(ReportRenderer.render(SEED, ReportFormat.PDF).content());
    }

    /** The signing step alone, on the PDF rendered once: what publishing adds, without the render's noise. */
    @Benchmark
    public byte[] signRendered() {
        return sign(rendered);
    }

    private byte[] sign(byte[] pdf) {
        Publication publication = new Publication(1, "广州市荔湾区妇女联合会", 2023, DocumentDigest.of(SEED, profile),
                "审核人", Instant.now(), "示例区财政局");
        return PdfSeal.sign(pdf, key, publication, "公开绩效自评报告", "广州市荔湾区");
    }

    @Benchmark
    public Object check() {
        return SealCheck.check(signed);
    }
}
