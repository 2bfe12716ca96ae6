package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.rendering.ReportElement.Appendix;
import org.jixiao.rendering.ReportElement.Form;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document in the style of GB/T 9704: A4 with its margins (top 37, bottom 35, left 28,
 * right 26 mm), the title in 方正小标宋简体 二号, 一、 headings in 黑体, （一） headings in 楷体_GB2312, the body in
 * 仿宋_GB2312 三号 on 28 lines a page with two characters of first-line indent, page numbers 「— 1 —」 outside.
 * The faces are named, not embedded: the reader's Word supplies them, East Asian attributes included.
 */
final class DocxRenderer {

    static final String TITLE_FACE = "方正小标宋简体";
    static final String HEI = "黑体";
    static final String KAI = "楷体_GB2312";
    static final String BODY_FACE = "仿宋_GB2312";
    static final String PAGE_NUMBER_FACE = "宋体";

    /** 225 mm of type area over 28 lines: 22.75 pt, exact. */
    private static final double LINE = 22.75;
    private static final double BODY = 16;
    private static final double TITLE = 22;
    private static final double TABLE = 12;
    private static final int TEXT_WIDTH = 8844; // 156 mm in twips
    private static final String GAP_COLOUR = "A00000";

    private DocxRenderer() {
    }

    static void write(ReportOutline outline, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            new Writer(docx).write(outline);
            docx.getProperties().getCoreProperties().setTitle(outline.title());
            docx.getProperties().getCoreProperties().setCreator(outline.unitName());
            docx.write(out);
        }
    }

    private static final class Writer {

        private final XWPFDocument docx;

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        void write(ReportOutline outline) {
            page();
            if (!outline.unitName().isEmpty()) {
                XWPFParagraph unit = paragraph(ParagraphAlignment.CENTER, 0, 35);
                run(unit, outline.unitName(), TITLE_FACE, TITLE, false).setCharacterSpacing(100);
            }
            XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, 0, 35);
            run(title, outline.title(), TITLE_FACE, TITLE, false);
            paragraph(ParagraphAlignment.BOTH, 0, LINE); // the blank line under the title
            boolean firstForm = true;
            for (ReportElement element : outline.elements()) {
                if (element instanceof Heading heading) {
                    heading(heading);
                } else if (element instanceof Paragraph paragraph) {
                    body(paragraph);
                } else if (element instanceof IndicatorTable table) {
                    table(TableLayout.of(table));
                } else if (element instanceof Appendix appendix) {
                    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0, LINE);
                    p.setPageBreak(true);
                    run(p, appendix.title(), HEI, BODY, false);
                } else if (element instanceof Form form) {
                    String caption = form.form().caption();
                    if (caption != null) {
                        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0, LINE);
                        p.setPageBreak(!firstForm);
                        run(p, caption, TITLE_FACE, BODY, false);
                    }
                    firstForm = false;
                    table(TableLayout.of(form.form()));
                } else if (element instanceof Grid grid) {
                    if (grid.caption() != null) {
                        run(paragraph(ParagraphAlignment.CENTER, 0, LINE), grid.caption(), TITLE_FACE, BODY, false);
                    }
                    table(grid.layout());
                }
            }
        }

        /** A4, the margins of GB/T 9704, a grid of 28 lines, and footers with the page number. */
        private void page() {
            CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(twips(37));
            margins.setBottom(twips(35));
            margins.setLeft(twips(28));
            margins.setRight(twips(26));
            margins.setHeader(twips(15));
            margins.setFooter(twips(23)); // the number sits 7 mm below the type area
            CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
            grid.setType(STDocGrid.DEFAULT); // exact spacing makes the 28 lines; a snapping grid would double lines whose face is taller
            grid.setLinePitch(BigInteger.valueOf(Math.round(LINE * 20)));
            docx.setEvenAndOddHeadings(true);
            pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
            pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        }

        /** 「— PAGE —」 in 宋体 四号, one character in from the outer edge. */
        private void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(alignment);
            if (alignment == ParagraphAlignment.RIGHT) {
                p.setIndentationRight(280);
            } else {
                p.setIndentationLeft(280);
            }
            run(p, "— ", PAGE_NUMBER_FACE, 14, false);
            CTR begin = run(p, null, PAGE_NUMBER_FACE, 14, false).getCTR();
            begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            CTR instruction = run(p, null, PAGE_NUMBER_FACE, 14, false).getCTR();
            instruction.addNewInstrText().setStringValue(" PAGE ");
            CTR separate = run(p, null, PAGE_NUMBER_FACE, 14, false).getCTR();
            separate.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            run(p, "1", PAGE_NUMBER_FACE, 14, false);
            CTR end = run(p, null, PAGE_NUMBER_FACE, 14, false).getCTR();
            end.addNewFldChar().setFldCharType(STFldCharType.END);
            run(p, " —", PAGE_NUMBER_FACE, 14, false);
        }

        /** Millimetres in twentieths of a point, as Word measures pages. */
        private static BigInteger twips(int millimetres) {
            return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
        }

        private void heading(Heading heading) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 640, LINE);
            p.setKeepNext(true);
            outlineLevel(p, heading.level() - 1);
            switch (heading.level()) {
                case 1 -> run(p, heading.text(), HEI, BODY, false);
                case 2 -> run(p, heading.text(), KAI, BODY, false);
                default -> run(p, heading.text(), BODY_FACE, BODY, true);
            }
        }

        private void body(Paragraph paragraph) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 640, LINE);
            if (paragraph.label() != null) {
                run(p, paragraph.label(), BODY_FACE, BODY, true);
            }
            XWPFRun text = run(p, paragraph.text(), BODY_FACE, BODY, false);
            if (paragraph.gap()) {
                text.setColor(GAP_COLOUR);
            }
        }

        private void table(TableLayout grid) {
            XWPFTable table = docx.createTable();
            table.setWidth(TEXT_WIDTH);
            table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
            int total = grid.widths().stream().mapToInt(Integer::intValue).sum();
            int[] widths = grid.widths().stream().mapToInt(w -> TEXT_WIDTH * w / total).toArray();
            CTTblGrid columns = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (columns.sizeOfGridColArray() > 0) {
                columns.removeGridCol(0);
            }
            for (int width : widths) {
                columns.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            for (int r = 0; r < grid.rows().size(); r++) {
                TableLayout.Row gridRow = grid.rows().get(r);
                XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                while (row.getTableCells().size() > 0) {
                    row.removeCell(0);
                }
                if (r < grid.headerRows()) {
                    row.setRepeatHeader(true);
                }
                int column = 0;
                for (TableLayout.Cell gridCell : gridRow.cells()) {
                    XWPFTableCell cell = row.addNewTableCell();
                    int width = 0;
                    for (int c = column; c < column + gridCell.span() && c < widths.length; c++) {
                        width += widths[c];
                    }
                    column += gridCell.span();
                    CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
                    cellWidth.setType(STTblWidth.DXA);
                    cellWidth.setW(BigInteger.valueOf(width));
                    if (gridCell.span() > 1) {
                        properties.addNewGridSpan().setVal(BigInteger.valueOf(gridCell.span()));
                    }
                    cell.setVerticalAlignment(XWPFVertAlign.CENTER);
                    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                    p.setAlignment(gridCell.center() ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
                    p.setSpacingBefore(0);
                    p.setSpacingAfter(0);
                    p.setSpacingBetween(16, LineSpacingRule.EXACT);
                    run(p, gridCell.text(), BODY_FACE, TABLE, gridCell.head());
                }
            }
            paragraph(ParagraphAlignment.BOTH, 0, LINE); // Word needs a paragraph between two tables
        }

        private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent, double lineSpacing) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(alignment);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(lineSpacing, LineSpacingRule.EXACT);
            if (firstLineIndent > 0) {
                p.setFirstLineIndent(firstLineIndent);
                CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                properties.getInd().setFirstLineChars(BigInteger.valueOf(200));
            }
            return p;
        }

        private static void outlineLevel(XWPFParagraph p, int level) {
            CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            properties.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }

        private static XWPFRun run(XWPFParagraph p, String text, String face, double size, boolean bold) {
            XWPFRun run = p.createRun();
            if (text != null) {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i], i);
                }
            }
            run.setFontFamily(face, FontCharRange.eastAsia);
            run.setFontFamily(face, FontCharRange.ascii);
            run.setFontFamily(face, FontCharRange.hAnsi);
            run.setFontFamily(face, FontCharRange.cs);
            run.setFontSize(size);
            if (bold) {
                run.setBold(true);
            }
            return run;
        }
    }
}
