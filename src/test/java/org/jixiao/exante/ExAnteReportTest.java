package org.jixiao.exante;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.junit.jupiter.api.Test;

/** The assessment's report, read back from the DOCX and the PDF a user downloads. */
class ExAnteReportTest {

    private final ExAnteRequest concluded = ExAnteExamples.concluded(7, 1);

    @Test
    void thePdfSaysTheTotalTheConclusionAndEachCriterionsReason() throws IOException {
        RenderedReport pdf = ExAnteReport.of(concluded, ExAnteExamples.PROFILE).render(ReportFormat.PDF);
        assertThat(pdf.warnings()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("社区托育服务补助事前绩效评估报告", "示例区卫生健康局", "600万元", "本级财政资金450万元");
            // 100 − 6 − 4 − 3 − 2 = 85.00, at least 80: 予以支持
            assertThat(text).contains("85.00", "予以支持", "立项必要性", "筹资合规性");
            assertThat(text).contains("单个托位的建设成本高于同类项目", "成本测算4/10", "评估人：审核人甲");
        }
    }

    @Test
    void theDocxSaysTheSame() throws IOException {
        RenderedReport docx = ExAnteReport.of(concluded, ExAnteExamples.PROFILE).render(ReportFormat.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replaceAll("\\s+", "");
            assertThat(text).contains("社区托育服务补助事前绩效评估报告", "85.00", "予以支持", "建议压减设备购置费后安排");
            assertThat(text).contains("总分85.00分（80分及以上予以支持");
        }
    }

    @Test
    void aReportBeforeTheConclusionSaysThereIsNoneYet() {
        ExAnteRequest submitted = ExAnteExamples.request(8, 1, ExAnteStatus.SUBMITTED);
        var report = ExAnteReport.of(submitted, ExAnteExamples.PROFILE);
        assertThat(report.conclusion()).isEqualTo("（尚未出具结论）");
        assertThat(report.total()).isEqualTo("0.00");
        assertThat(report.fileName(ReportFormat.PDF)).isEqualTo("社区托育服务补助事前绩效评估报告.pdf");
    }
}
