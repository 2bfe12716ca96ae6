package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.extraction.CorpusFiles;
import org.jixiao.extraction.ExtractionResult;
import org.jixiao.extraction.ReportExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction of the seed report: from its text (goal: 500 reports a second on one core), and from a PDF of it
 * beside PDFBox's own text extraction of the same file as the floor (goal: within 1.5 times the floor); and of two
 * 自评表 as provinces publish them (a cell a line; a sheet flattened onto one line), also 500 a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    private final ReportExtractor extractor = new ReportExtractor();
    private byte[] text;
    private byte[] pdf;
    private byte[] form;
    private byte[] sheet;

    @Setup
    public void setUp() {
        try (InputStream in = getClass().getResourceAsStream("/extraction/seed-liwan-2023.txt")) {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf = CorpusFiles.textPdf("seed", new String(text, StandardCharsets.UTF_8));
        form = PublishedForms.cellALine().getBytes(StandardCharsets.UTF_8);
        sheet = PublishedForms.sheetOnOneLine().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ExtractionResult fromText() {
        return extractor.extract("seed.txt", text);
    }

    /** A 项目支出绩效自评表 published one cell a line after a web page's chrome (both readers run on it). */
    @Benchmark
    public ExtractionResult publishedFormCellALine() {
        return extractor.extract("form.txt", form);
    }

    /** A 自评表 workbook flattened onto one line, its values displaced. */
    @Benchmark
    public ExtractionResult publishedSheetOnOneLine() {
        return extractor.extract("sheet.txt", sheet);
    }

    @Benchmark
    public ExtractionResult fromPdf() {
        return extractor.extract("seed.pdf", pdf);
    }

    /** The floor: PDFBox loading the same PDF and extracting its text, nothing else. */
    @Benchmark
    public String floorPdfBoxText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
