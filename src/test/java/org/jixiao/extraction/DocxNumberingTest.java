package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jixiao.document.EvaluationDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic numbering is not in a paragraph's text: it is written out, so that headings and items are found. */
class DocxNumberingTest {

    @Test
    void automaticNumbersOfHeadingsAndItemsAreRead() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFNumbering numbering = document.createNumbering();
            BigInteger headings = numbering.addNum(numbering.addAbstractNum(list(0, STNumberFormat.CHINESE_COUNTING, "%1、",
                    STNumberFormat.CHINESE_COUNTING, "（%2）")));
            BigInteger items = numbering.addNum(numbering.addAbstractNum(list(1, STNumberFormat.DECIMAL, "%1.",
                    STNumberFormat.DECIMAL, "（%2）")));
            paragraph(document, "广州市某某局2023年度部门整体支出绩效自评报告", null, 0);
            paragraph(document, "基本情况", headings, 0);
            paragraph(document, "部门职能", headings, 1);
            paragraph(document, "负责甲工作。", items, 0);
            paragraph(document, "负责乙工作。", items, 0);
            paragraph(document, "部门整体收支情况", headings, 1);
            paragraph(document, "全年预算数100万元，执行数90万元，执行率90%。", null, 0);
            paragraph(document, "存在的主要问题", headings, 0);
            paragraph(document, "预算执行偏慢。", null, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }

        ExtractionResult result = new ReportExtractor().extract("numbered.docx", docx);

        EvaluationDocument document = result.document();
        assertThat(result.sourceText()).contains("一、基本情况", "（一）部门职能", "1.负责甲工作。", "2.负责乙工作。", "（二）部门整体收支情况",
                "二、存在的主要问题");
        assertThat(document.functions()).containsExactly("负责甲工作。", "负责乙工作。");
        assertThat(document.funds().executionRate()).isEqualByComparingTo("90");
        assertThat(document.problems()).containsExactly("预算执行偏慢。");
    }

    private static XWPFAbstractNum list(int id, STNumberFormat.Enum first, String firstText, STNumberFormat.Enum second,
            String secondText) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        level(abstractNum.addNewLvl(), 0, first, firstText);
        level(abstractNum.addNewLvl(), 1, second, secondText);
        return new XWPFAbstractNum(abstractNum);
    }

    private static void level(CTLvl level, int index, STNumberFormat.Enum format, String text) {
        level.setIlvl(BigInteger.valueOf(index));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument document, String text, BigInteger num, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        if (num != null) {
            paragraph.setNumID(num);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        paragraph.createRun().setText(text);
    }
}
