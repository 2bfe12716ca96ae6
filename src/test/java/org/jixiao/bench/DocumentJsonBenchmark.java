package org.jixiao.bench;

import java.util.concurrent.TimeUnit;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundsConsistency;
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
 * Reading and checking the seed document (what {@code validate} does after the JVM has started), beside
 * Jackson's bare parse of the same text into a tree as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentJsonBenchmark {

    private final String json = SeedDocument.json();

    @Benchmark
    public Object floorJacksonTree() {
        return DocumentJson.mapper().readTree(json);
    }

    @Benchmark
    public Object readValidateAndCheckFunds() {
        EvaluationDocument document = DocumentJson.read(json);
        return FundsConsistency.check(document);
    }

    @Benchmark
    public String write() {
        return DocumentJson.write(SEED);
    }

    private static final EvaluationDocument SEED = SeedDocument.load();
}
