package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a run of characters into lines the way Chinese typesetting does: between any two Chinese characters,
 * never inside a number or a Latin word, never before closing punctuation (，。、）”…) nor after opening
 * punctuation (（“《). A line break in the text forces one.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉…—％‰·．,.;:?!)]}%";
    private static final String NO_LINE_END = "（《「『“‘〔【〈([{";

    /** One line: the characters [start, end), and whether it ends its paragraph or a forced break. */
    record Line(int start, int end, boolean last) {
    }

    private LineBreaker() {
    }

    /**
     * @param codePoints the characters
     * @param widths     their advances
     * @param firstWidth room on the first line (after the indent)
     * @param width      room on the other lines
     */
    static List<Line> lines(int[] codePoints, float[] widths, float firstWidth, float width) {
        List<Line> lines = new ArrayList<>();
        int n = codePoints.length;
        int start = 0;
        while (start < n) {
            float room = lines.isEmpty() ? firstWidth : width;
            float used = 0;
            int i = start;
            int lastBreak = -1;
            boolean forced = false;
            while (i < n) {
                if (codePoints[i] == '\n') {
                    forced = true;
                    break;
                }
                if (i > start && canBreakBefore(codePoints, i)) {
                    lastBreak = i;
                }
                if (used + widths[i] > room + 0.01f && i > start) {
                    break;
                }
                used += widths[i];
                i++;
            }
            int end;
            if (forced || i == n) {
                end = i;
            } else if (lastBreak > start) {
                end = lastBreak;
            } else {
                end = i; // one unbreakable word longer than the line: cut it
            }
            lines.add(new Line(start, trimEnd(codePoints, start, end), forced || end >= n));
            start = end;
            if (forced) {
                start++; // past the line feed
            }
            while (start < n && codePoints[start] == ' ') {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line(0, 0, true));
        }
        return lines;
    }

    static boolean canBreakBefore(int[] codePoints, int i) {
        int before = codePoints[i - 1];
        int after = codePoints[i];
        if (isWordCharacter(before) && isWordCharacter(after)) {
            return false;
        }
        return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    private static boolean isWordCharacter(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == ',' || c == '-' || c == '/');
    }

    private static int trimEnd(int[] codePoints, int start, int end) {
        while (end > start && codePoints[end - 1] == ' ') {
            end--;
        }
        return end;
    }
}
