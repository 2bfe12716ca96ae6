package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** The seed report (广州市荔湾区妇女联合会, 2023) comes out as the reviewed demo document, every field. */
class SeedReportTest {

    static final String SEED = "/extraction/seed-liwan-2023.txt";

    static byte[] seedBytes() throws IOException {
        try (InputStream in = SeedReportTest.class.getResourceAsStream(SEED)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSeedReportComesOutAsTheReviewedDocument() throws IOException {
        ExtractionResult result = new ReportExtractor().extract("seed.txt", seedBytes());

        DocumentAssertions.assertSameDocument("seed", result.document(), SeedDocument.load());
    }

    @Test
    void theSeedsFiguresAddUpSoThereIsNoWarning() throws IOException {
        ExtractionResult result = new ReportExtractor().extract("seed.txt", seedBytes());

        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theSourceTextIsKeptForShowingBesideTheFields() throws IOException {
        ExtractionResult result = new ReportExtractor().extract("seed.txt", seedBytes());

        assertThat(result.sourceText()).contains("整体支出绩效自评报告", "全年预算数 688.34 万元");
        EvaluationDocument document = result.document();
        assertThat(document.keyTasks()).extracting(t -> t.indicators().size()).containsExactly(4, 4);
    }
}
