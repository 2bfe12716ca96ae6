package org.jixiao.extraction;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report of the corpus, as text, comes out as the document written for it by hand. */
class CorpusTextTest {

    static List<String> reports() {
        return Corpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void textReportComesOutAsExpected(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".txt", Corpus.text(name));

        DocumentAssertions.assertSameDocument(name, result.document(), Corpus.expected(name));
    }
}
