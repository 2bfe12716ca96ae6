package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extraction.Cells.Cell;

/**
 * A row's text cells where a PDF wrapped them in narrow columns and its text put a space at each wrap:
 * 获得目的国 | (地区)受 | 众欢迎 | 受目的国受 | 众欢迎显著 for the two cells 获得目的国(地区)受众欢迎 and
 * 受目的国受众欢迎显著. A column wraps at its width, so every piece but a cell's last fills the width; a piece of
 * another width ends its cell. The pieces are joined back only where that leaves one way: as many
 * cells as the row has text columns, cut exactly after the pieces off the column's width. Where every piece has the
 * column's width they are wraps but the cuts are unknown: the cells are left empty. Otherwise they are no wraps
 * (see docs/extraction.md, "Never invent").
 */
final class WrappedPieces {

    /** The text of a cell whose pieces are known but not where it ends: it holds nothing (a placeholder). */
    static final String UNKNOWN = "—";

    /** At most this many pieces are taken for one row's wrapped text cells. */
    static final int MAX_PIECES = 8;

    private WrappedPieces() {
    }

    /**
     * The pieces joined into {@code slots} cells, or null where widths do not make them wrapped pieces of that many
     * cells (more pieces off the column's width than cuts, or too few to decide).
     */
    static List<Cell> join(List<Cell> pieces, int slots) {
        if (slots < 1 || pieces.size() <= slots || pieces.size() > MAX_PIECES) {
            return null;
        }
        int full = lineWidth(pieces);
        List<Integer> cuts = new ArrayList<>();
        for (int k = 0; k < pieces.size() - 1; k++) {
            if (width(pieces.get(k).text()) != full) {
                cuts.add(k);
            }
        }
        if (full < 6 || cuts.size() > slots - 1 || cuts.size() > 0 && cuts.size() < slots - 1) {
            return null; // more pieces off the width than cuts: not wraps; some but too few: not known to be wraps
        }
        if (cuts.isEmpty() && slots > 1) {
            // every piece at the column's width: wraps, but where one cell ends is not known; the cells stay empty
            List<Cell> unknown = new ArrayList<>();
            for (int k = 0; k < slots; k++) {
                Cell at = pieces.get(k == 0 ? 0 : pieces.size() - 1);
                unknown.add(new Cell(at.start(), at.start(), UNKNOWN, at.row()));
            }
            return unknown;
        }
        List<Cell> cells = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= cuts.size(); k++) {
            int to = k < cuts.size() ? cuts.get(k) : pieces.size() - 1;
            StringBuilder text = new StringBuilder();
            for (int p = from; p <= to; p++) {
                text.append(pieces.get(p).text());
            }
            cells.add(new Cell(pieces.get(from).start(), pieces.get(to).end(), text.toString(), pieces.get(from).row()));
            from = to + 1;
        }
        return cells;
    }

    /**
     * The column's width: the one width most pieces but the last have (a wrapped cell's last piece is narrower, or
     * wider where the text joined a single character to it), or -1 where no width is most common.
     */
    private static int lineWidth(List<Cell> pieces) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = 0; k < pieces.size() - 1; k++) {
            counts.merge(width(pieces.get(k).text()), 1, Integer::sum);
        }
        int best = -1;
        int most = 0;
        boolean tie = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie || most < 2 ? -1 : best;
    }

    /**
     * A piece's printed width in half-width units: Chinese characters and brackets (printed full-width in Chinese
     * forms even where the text has folded them to ASCII) count two, other ASCII one.
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c < 0x80 && c != '(' && c != ')' ? 1 : 2;
        }
        return width;
    }
}
