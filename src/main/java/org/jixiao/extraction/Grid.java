package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as rows of cell texts, the one shape that DOCX tables, XLSX sheets and text laid out in columns
 * are all read into (see package-info for the layout expected). A cell merged across columns stands in its
 * first column, the columns it covers after that are empty; a cell merged down is empty in the rows below.
 */
record Grid(List<List<String>> rows) {

    Grid {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            copy.add(List.copyOf(row.stream().map(c -> c == null ? "" : Chars.canonical(c)).toList()));
        }
        rows = List.copyOf(copy);
    }

    /** The cell, or "" where the row is shorter. */
    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    int size() {
        return rows.size();
    }

    /** All grids' rows, one after the other. */
    static Grid concat(List<Grid> grids) {
        List<List<String>> rows = new ArrayList<>();
        grids.forEach(g -> rows.addAll(g.rows()));
        return new Grid(rows);
    }

    /** The grid as text: one row a line, cells separated by tabs, empty rows left out. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            if (row.stream().anyMatch(c -> !c.isBlank())) {
                text.append(String.join("\t", row).strip()).append('\n');
            }
        }
        return text.toString();
    }
}
