package org.jixiao.extraction;

import java.util.List;

/**
 * What a file holds, before any reading of its meaning: its running text, its text laid out in columns where
 * the format has positions (PDF; a .txt may itself be such a layout), and its tables where the format has them
 * (DOCX, XLSX).
 *
 * @param text   the running text, one paragraph or PDF line a line, pages separated by form feeds
 * @param layout the text laid out in columns, or null
 * @param tables the tables as grids
 */
record ReportSource(String text, String layout, List<Grid> tables) {

    ReportSource {
        tables = List.copyOf(tables);
    }

    /** The text shown beside the extracted fields: tables are in it as rows of tab-separated cells. */
    String displayText() {
        return text.replace('\f', '\n');
    }
}
