package org.jixiao.extraction;

import java.time.Duration;
import java.util.List;

/**
 * Reads a 绩效目标申报表 (a project's or a department's goal sheet) from a DOCX, XLSX, PDF or text file into a goal
 * sheet ({@code jixiao/goals/v1}): the forms {@code render} writes, and the same layout typed by a person. The file
 * is opened as a report is ({@link ReportExtractor}: its format by its first bytes, the same limits of size and
 * time, the same refusals of what is damaged); its cells come from the DOCX's tables, the workbook's sheets, a
 * PDF's ruled tables page by page ({@link PdfRuledTables}; its text laid out in columns where it draws none), or a
 * text's lines (cells between tabs, or two spaces or more). {@link GoalSheetReader} reads them. Thread-safe. Others
 * read a goal sheet through {@link ReportExtractor#extractAny}, which tells it from a report by its title.
 */
final class GoalSheetExtractor {

    private final Duration timeLimit = ReportExtractor.TIME_LIMIT;

    /**
     * Reads a goal sheet from its bytes.
     *
     * @throws ExtractionException one line naming the file: what is no goal sheet, empty, damaged or too large
     */
    GoalSheetReading extract(String fileName, byte[] content) {
        ReportSource source = ReportExtractor.source(fileName, content, timeLimit);
        if (!GoalSheetReader.recognises(source.text())) {
            throw notGoals(fileName);
        }
        return read(fileName, content, source, timeLimit);
    }

    /** The sheet of a file whose text is a goal sheet's. */
    static GoalSheetReading read(String fileName, byte[] content, ReportSource source, Duration timeLimit) {
        List<Grid> grids = source.tables();
        boolean paged = false;
        if (ReportExtractor.format(fileName, content) == ReportExtractor.Format.PDF) {
            grids = TimeLimit.run(fileName, timeLimit, () -> PdfRuledTables.read(fileName, content));
            paged = true;
        }
        if (grids.stream().allMatch(g -> g.rows().isEmpty())) {
            // no table drawn or kept: a PDF's text laid out in columns, else the lines typed, cells between tabs or spaces
            grids = List.of(source.layout() != null ? LayoutGrid.of(source.layout()) : GoalSheetReader.spaced(source.text()));
            paged = false;
        }
        GoalSheetReading reading = GoalSheetReader.read(source.text(), grids, paged);
        if (GoalSheetReader.nothingRead(reading.sheet())) {
            throw notGoals(fileName);
        }
        return reading;
    }

    private static ExtractionException notGoals(String fileName) {
        return new ExtractionException(fileName
                + "：不是绩效目标申报表（未找到“绩效目标申报表”标题，或项目名称、单位、资金、绩效目标、绩效指标等内容）");
    }
}
