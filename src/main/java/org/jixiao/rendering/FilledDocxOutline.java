package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A filled Word template as the outline the PDF renderer draws: so a template's PDF has the template's order,
 * headings and tables (their columns in the template's proportions, merged cells kept) in the report's type, and
 * reads back as its DOCX does. The centred paragraphs before the first other one are the title block; a
 * paragraph beginning 一、 or （一） is a heading, as in every report.
 */
final class FilledDocxOutline {

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern LEVEL2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");

    private FilledDocxOutline() {
    }

    static ReportOutline of(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> titleBlock = new ArrayList<>();
            List<ReportElement> elements = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = paragraph.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (elements.isEmpty() && paragraph.getAlignment() == ParagraphAlignment.CENTER) {
                        titleBlock.add(text);
                    } else if (LEVEL1.matcher(text).matches()) {
                        elements.add(new Heading(1, text));
                    } else if (LEVEL2.matcher(text).matches()) {
                        elements.add(new Heading(2, text));
                    } else {
                        elements.add(Paragraph.of(text));
                    }
                } else if (element instanceof XWPFTable table) {
                    elements.add(new Grid(null, layout(table)));
                }
            }
            String title = titleBlock.isEmpty() ? "" : titleBlock.get(titleBlock.size() - 1);
            String unit = titleBlock.size() > 1 ? String.join("", titleBlock.subList(0, titleBlock.size() - 1)) : "";
            return new ReportOutline(unit, title, elements);
        }
    }

    private static TableLayout layout(XWPFTable table) {
        List<Integer> widths = new ArrayList<>();
        if (table.getCTTbl().getTblGrid() != null) {
            table.getCTTbl().getTblGrid().getGridColList().forEach(column -> widths.add(
                    column.getW() == null ? 1 : Math.max(1, ((BigInteger) column.getW()).intValue() / 20)));
        }
        List<TableLayout.Row> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<TableLayout.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? properties.getGridSpan().getVal().intValue() : 1;
                boolean continued = properties != null && properties.isSetVMerge() && properties.getVMerge().getVal() == null;
                String text = continued ? "" : cell.getText().strip();
                XWPFParagraph first = cell.getParagraphs().isEmpty() ? null : cell.getParagraphs().get(0);
                boolean center = first != null && first.getAlignment() == ParagraphAlignment.CENTER;
                boolean bold = first != null && !first.getRuns().isEmpty() && first.getRuns().stream().allMatch(XWPFRun::isBold);
                cells.add(new TableLayout.Cell(text, span, bold, center));
            }
            rows.add(new TableLayout.Row(cells));
        }
        int columns = rows.stream().mapToInt(r -> r.cells().stream().mapToInt(TableLayout.Cell::span).sum()).max().orElse(1);
        while (widths.size() < columns) {
            widths.add(widths.isEmpty() ? 1 : widths.get(widths.size() - 1));
        }
        return new TableLayout(List.copyOf(widths.subList(0, columns)), rows, 0);
    }
}
