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
                end = i; // one unbreakable word longer than the line: cut it,
                int next = end;
                while (true) {
                    while (next < n && codePoints[next] == ' ') {
                        next++;
                    }
                    if (next >= n || NO_LINE_START.indexOf(codePoints[next]) < 0) {
                        break;
                    }
                    end = ++next; // but closing punctuation hangs at its end rather than starting the next line
                }
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

    /** Spaces are looked through: the characters either side of them decide. */
    static boolean canBreakBefore(int[] codePoints, int i) {
        int b = i - 1;
        while (b > 0 && codePoints[b] == ' ') {
            b--;
        }
        int a = i;
        while (a < codePoints.length - 1 && codePoints[a] == ' ') {
            a++;
        }
        int before = codePoints[b];
        int after = codePoints[a];
        if (before == ' ') {
            return false; // nothing but spaces before: no line to end
        }
        if (after == ' ') {
            return true;
        }
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
