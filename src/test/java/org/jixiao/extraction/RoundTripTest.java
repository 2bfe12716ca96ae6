package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** extract(render(document)) gives the document back: every corpus document and the seed, as DOCX, PDF and XLSX. */
class RoundTripTest {

    static Stream<Arguments> documentsAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        List<String> names = new ArrayList<>(Corpus.all());
        names.add("seed");
        for (String name : names) {
            for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.PDF, ReportFormat.XLSX)) {
                cases.add(Arguments.of(name, format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documentsAndFormats")
    void theDocumentComesBack(String name, ReportFormat format) {
        EvaluationDocument original = name.equals("seed") ? SeedDocument.load() : Corpus.expected(name);
        EvaluationDocument scored = original.withScore(
                new Scorer(ScoringProfiles.builtIn().defaultProfile()).score(original));
        RenderedReport report = ReportRenderer.render(scored, format);

        EvaluationDocument extracted = new ReportExtractor().extract(name + "." + format.extension(), report.content())
                .document();

        assertThat(DocumentDiff.of(original.withScore(null), extracted)).as(name + "." + format.extension()).isEmpty();
    }
}
