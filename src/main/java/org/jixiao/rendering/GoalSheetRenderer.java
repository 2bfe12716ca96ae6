package org.jixiao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.rendering.ReportElement.Grid;

/**
 * A goal sheet (绩效目标申报表, {@code jixiao/goals/v1}) on paper: the form of {@link GoalSheetLayout} under its title
 * (2026年度项目支出绩效目标申报表), as DOCX, PDF and HTML through the report's own writers (the same pages, faces and
 * embedded fonts) and as a workbook of one sheet. What the sheet does not state stays blank; figures in 万元 are
 * printed as the report prints them (two decimals, more where the amount has them).
 */
public final class GoalSheetRenderer {

    private GoalSheetRenderer() {
    }

    public static RenderedReport render(GoalSheet sheet, ReportFormat format) {
        GoalSheetLayout layout = GoalSheetLayout.of(sheet);
        String title = GoalSheetLayout.title(sheet);
        String unit = sheet.department() == null || sheet.department().name() == null ? "" : sheet.department().name();
        // the unit stands in the form; above the title there is nothing but the title
        ReportOutline outline = new ReportOutline("", title, List.of(new Grid(null, layout.table())));
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            switch (format) {
                case DOCX -> DocxRenderer.write(outline, out);
                case PDF -> PdfRenderer.write(outline, out, warnings);
                case HTML -> HtmlRenderer.write(outline, out);
                case XLSX -> GoalSheetWorkbook.write(title, layout, unit, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedReport(format, out.toByteArray(), warnings);
    }

    /**
     * 荔湾区示例文化馆-社区文化活动-2026-绩效目标申报表.pdf: the unit, the project, the year; safe on every file system and
     * without characters that are not seen, as the report's name ({@link ReportRenderer#fileName}).
     */
    public static String fileName(GoalSheet sheet, ReportFormat format) {
        String name = HiddenCharacters.strip(sheet.title()).replace('·', '-')
                + (sheet.fiscalYear() == null ? "" : "-" + sheet.fiscalYear()) + "-绩效目标申报表";
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^[-_]+", "") + "." + format.extension();
    }
}
