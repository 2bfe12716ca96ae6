package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * An uploaded report's text line by line, as the import page shows it beside the fields: each line with its number
 * (the numbers the reader's origins and warnings give) and, for a PDF, its page where the reading tells it. The text
 * keeps no page breaks, so a line's page is known only between two places read on that same page.
 */
final class SourceLines {

    /** One line: its number (from 1), its page or null, whether it is the first line known on that page, its text. */
    record Line(int number, Integer page, boolean pageBegins, String text) {
    }

    private SourceLines() {
    }

    static List<Line> of(String text, Collection<SourceSpot> known) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        Integer[] pages = pages(lines.length, known);
        List<Line> out = new ArrayList<>(lines.length);
        Integer shown = null;
        for (int i = 0; i < lines.length; i++) {
            Integer page = pages[i];
            boolean begins = page != null && !page.equals(shown);
            if (begins) {
                shown = page;
            }
            out.add(new Line(i + 1, page, begins, lines[i]));
        }
        return out;
    }

    /** The page of each line (index from 0) where two known places on one page enclose it, else null. */
    private static Integer[] pages(int count, Collection<SourceSpot> known) {
        Integer[] pages = new Integer[count];
        TreeMap<Integer, Integer> byLine = new TreeMap<>();
        for (SourceSpot spot : known) {
            if (spot.page() != null && spot.line() >= 1 && spot.line() <= count) {
                byLine.put(spot.line(), spot.page());
            }
        }
        Integer lastLine = null;
        Integer lastPage = null;
        for (var entry : byLine.entrySet()) {
            int line = entry.getKey();
            int page = entry.getValue();
            pages[line - 1] = page;
            if (lastLine != null && lastPage == page) {
                for (int l = lastLine; l < line; l++) {
                    pages[l - 1] = page;
                }
            }
            lastLine = line;
            lastPage = page;
        }
        return pages;
    }
}
