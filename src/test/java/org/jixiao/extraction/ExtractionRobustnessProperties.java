package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.DocumentJson;

/**
 * Damaged reports never raise anything but {@link ExtractionException}: random cuts, duplicated passages and
 * character noise applied to the corpus, as text and as PDF and DOCX bytes, either give a document (which can
 * be written as JSON) or one clear line.
 */
class ExtractionRobustnessProperties {

    private static final String NOISE = "0123456789０１２３４５６７８９.．,，。；;：:、%％（）()一二三四五六七八九十是"
            + "万元年度指标值实施周期完成未偏差原因项目部门预算执行数率 \n\n\t\f①②③≥≤～-—“”\"'\\/\u0000\u00A0\u3000";

    private final ReportExtractor extractor = new ReportExtractor();

    /** One change to a text: cut a passage, repeat one elsewhere, or put characters in. */
    record Damage(int kind, double at, double length, double to, String noise) {

        String apply(String text) {
            if (text.isEmpty()) {
                return noise;
            }
            int from = (int) (at * text.length());
            int end = Math.min(text.length(), from + (int) (length * 400));
            int target = (int) (to * text.length());
            return switch (kind) {
                case 0 -> text.substring(0, from) + text.substring(end);
                case 1 -> text.substring(0, target) + text.substring(from, end) + text.substring(target);
                default -> text.substring(0, from) + noise + text.substring(Math.min(text.length(), from + noise.length() / 2));
            };
        }
    }

    @Provide
    Arbitrary<String> reports() {
        return Arbitraries.of(Stream.concat(Corpus.all().stream(), Stream.of("seed"))
                .toList());
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.strings().withChars(NOISE.toCharArray()).ofMinLength(1).ofMaxLength(12))
                .as(Damage::new);
        return damage.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 300)
    void damagedTextGivesADocumentOrOneClearLine(@ForAll("reports") String report,
            @ForAll("damages") List<Damage> damages) {
        extractAndCheck(report + ".txt", damaged(report, damages).getBytes(StandardCharsets.UTF_8));
    }

    /** The reader of published layouts on its own (the extractor falls back where it fails): it never fails. */
    @Property(tries = 300)
    void thePublishedLayoutsReaderReadsAnyDamagedText(@ForAll("reports") String report,
            @ForAll("damages") List<Damage> damages) {
        String text = damaged(report, damages);
        StatedReport read = PublishedReportReader.read(SourceText.of(text));
        if (read != null) {
            assertThat(DocumentJson.write(read.document())).startsWith("{");
            read.origins(SourceText.of(text));
        }
    }

    @Property(tries = 100)
    void damagedPdfAndDocxBytesGiveADocumentOrOneClearLine(@ForAll("reports") String report,
            @ForAll("damages") List<Damage> damages, @ForAll boolean pdf) {
        if (report.equals("seed") || report.startsWith("p")) {
            return;
        }
        byte[] bytes = pdf ? CorpusFiles.departmentPdf(report) : CorpusFiles.departmentDocx(report);
        for (Damage damage : damages) {
            int at = (int) (damage.at() * bytes.length);
            int length = Math.min(bytes.length - at, (int) (damage.length() * 64));
            for (int i = at; i < at + length; i++) {
                bytes[i] = (byte) (bytes[i] ^ damage.noise().charAt(0));
            }
        }
        extractAndCheck(report + (pdf ? ".pdf" : ".docx"), bytes);
    }

    private void extractAndCheck(String file, byte[] bytes) {
        try {
            ExtractionResult result = extractor.extract(file, bytes);
            assertThat(DocumentJson.write(result.document())).startsWith("{");
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).startsWith(file + "：").doesNotContain("\n");
        }
    }

    private static String damaged(String report, List<Damage> damages) {
        String text = text(report);
        for (Damage damage : damages) {
            text = damage.apply(text);
        }
        return text;
    }

    private static String text(String report) {
        byte[] bytes = report.equals("seed") ? Corpus.bytes(SeedReportTest.SEED) : Corpus.text(report);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
