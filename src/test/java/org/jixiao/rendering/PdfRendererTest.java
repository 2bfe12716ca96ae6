package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** The PDF as a reader opens it: A4, fonts inside it, 28 lines a page, page numbers, text in reading order. */
class PdfRendererTest {

    private static final EvaluationDocument SEED = SeedDocument.load();

    @Test
    void everyFontIsAnEmbeddedSubsetSoThePdfNeedsNoChineseFontOnTheReadersMachine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportRenderer.render(SEED, ReportFormat.PDF).content())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    PDType0Font type0 = (PDType0Font) font;
                    assertThat(type0.getDescendantFont().isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+Jixiao.*");
                    fonts.add(font.getName().substring(7));
                }
            }
            assertThat(fonts).contains("JixiaoSerifSC-Regular", "JixiaoSerifSC-Bold", "JixiaoSansSC-Regular",
                    "JixiaoKai-Regular");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, Offset.offset(0.1f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告");
        }
    }

    @Test
    void aPageOfBodyTextHoldsTwentyEightLinesAndItsNumber() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ReportRenderer.render(SEED, ReportFormat.PDF).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> lines = stripper.getText(pdf).lines().filter(l -> !l.isBlank()).toList();

            assertThat(lines).hasSize(PdfRenderer.LINES_PER_PAGE + 1);
            assertThat(lines.get(lines.size() - 1).strip()).isEqualTo("— 2 —");
        }
    }

    @Test
    void aParagraphReadsBackInOrderAcrossItsLines() {
        String text = RenderedText.compact(RenderedText.pdf(ReportRenderer.render(SEED, ReportFormat.PDF).content()));

        for (String paragraph : ReportOutline.of(SEED).paragraphs()) {
            assertThat(text).contains(RenderedText.compact(paragraph));
        }
    }

    @Test
    void aCharacterNoFontHasIsDrawnAsABoxWithAWarningNotAnError() {
        EvaluationDocument document = SEED.withKeyTasks(List.of()).withScore(null);
        document = new EvaluationDocument(document.schema(), document.kind(), document.fiscalYear(),
                new Department("𠮷野家荔湾分会", null, null, null, null), document.functions(), document.funds(),
                document.goals(), document.keyTasks(), document.conclusion(), document.achievements(),
                document.problems(), document.measures(), null, null);

        RenderedReport report = ReportRenderer.render(document, ReportFormat.PDF);

        assertThat(report.warnings()).containsExactly("PDF 字体缺少字符「𠮷」(U+20BB7)，以□代替");
        assertThat(RenderedText.pdf(report.content())).contains("□野家荔湾分会");
    }
}
