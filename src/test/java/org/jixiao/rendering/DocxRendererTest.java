package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word document as GB/T 9704 asks: A4 and its margins, the faces and sizes, 28 lines, page numbers. */
class DocxRendererTest {

    private static final EvaluationDocument SEED = SeedDocument.load();

    @Test
    void pageAndMarginsFollowGbT9704() throws IOException {
        try (XWPFDocument docx = open(SEED)) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();

            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("2098");
            assertThat(section.getPgMar().getLeft()).hasToString("1587");
            assertThat(section.getDocGrid().getLinePitch()).hasToString("455"); // 22.75 pt: 28 lines in 225 mm
        }
    }

    @Test
    void titleHeadingsAndBodyAreSetInTheirFaces() throws IOException {
        try (XWPFDocument docx = open(SEED)) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            XWPFRun title = paragraphs.get(1).getRuns().get(0);
            assertThat(title.text()).isEqualTo("2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告");
            assertThat(face(title)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);

            assertThat(face(run(paragraphs, "一、基本情况"))).isEqualTo("黑体");
            assertThat(face(run(paragraphs, "（一）部门职能"))).isEqualTo("楷体_GB2312");
            XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().startsWith("全年预算数")).findFirst().orElseThrow();
            assertThat(face(body.getRuns().get(0))).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getFirstLineIndent()).isEqualTo(640); // two characters of 16 pt
            assertThat(body.getSpacingBetween()).isEqualTo(22.75);
            XWPFParagraph labelled = paragraphs.stream().filter(p -> p.getText().startsWith("支出完成情况：")).findFirst().orElseThrow();
            assertThat(labelled.getRuns().get(0).isBold()).isTrue();
            assertThat(labelled.getRuns().get(1).isBold()).isFalse();
        }
    }

    @Test
    void footersNumberThePagesAndEveryKeyTaskHasItsIndicatorTable() throws IOException {
        try (XWPFDocument docx = open(SEED)) {
            assertThat(docx.getFooterList()).hasSize(2);
            assertThat(docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(docx.getFooterList().get(0).getText()).contains("— ", " —");

            List<XWPFTable> tables = docx.getTables();
            assertThat(tables).hasSize(4); // two indicator tables, two 自评表 in the appendix
            assertThat(tables.get(0).getRow(0).getCell(2).getText()).isEqualTo("三级指标");
            assertThat(tables.get(0).getRow(1).getCell(2).getText()).isEqualTo("案件办结率");
            assertThat(tables.get(0).getRow(1).getCell(3).getText()).isEqualTo("98%以上");
            assertThat(tables.get(2).getRow(0).getCell(0).getText()).isEqualTo("项目名称");
            assertThat(tables.get(2).getRow(0).getCell(1).getText()).isEqualTo("妇联活动及组织建设阵地建设");
        }
    }

    private static XWPFDocument open(EvaluationDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(ReportRenderer.render(document, ReportFormat.DOCX).content()));
    }

    private static XWPFRun run(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow().getRuns().get(0);
    }

    private static String face(XWPFRun run) {
        return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }
}
