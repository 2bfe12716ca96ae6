package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator rows run together in one cell, as a PDF of a sheet gives them with no separator at all:
 * 安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10 is two rows under 分值 | 年度指标值 | 实际值 | 得分.
 * Each row is a name (up to its first figure or sign), then one piece per column: points are bare figures up to
 * 100 without a leading zero, values a figure with its sign and a known unit, or words without figures. All the
 * ways of cutting the run are tried; a piece is kept only where every way agrees on it, so that 8550万粒560万粒8
 * under 分值 | 年度指标值 | 实际值 | 得分 (8 | 550万粒 or 85 | 50万粒) gives no weight and no target rather than a
 * guess. Of the ways, those where target and actual read alike are preferred (see {@link #mostRepeated()}).
 */
final class GluedRows {

    /** What a column holds in a glued row. */
    enum Kind {
        /** 分值, 得分: a bare figure up to 100 */
        POINTS,
        /** 年度指标值, 实际值: a figure with sign and unit, or words */
        VALUE,
        /** 偏差原因 after the figures: empty, or the words that end the run (no row can follow them) */
        TEXT
    }

    /** A piece of the run: its characters' range; {@code agreed} false where the ways of cutting differ on it. */
    record Piece(int start, int end, boolean agreed) {
    }

    private static final Pattern MARK = Pattern.compile("^(?:指标\\d+[:：.、]?)");
    private static final int MAX_CUTS = 256;
    private static final int MAX_WORDS = 12;
    /** How many last rows' starts are tried where a run is cut short: each try cuts the whole run before it. */
    private static final int MAX_TAILS = 6;
    /** Names are words, not a unit cut off a figure (个, 万粒): 8550个550个8 is no row 8 | 5 | 5 | 0 and a row 个. */
    private static final int MIN_NAME = 3;

    private final String text;
    private final List<Kind> columns;
    private final List<int[]> cuts = new ArrayList<>();

    private GluedRows(String text, List<Kind> columns) {
        this.text = text;
        this.columns = columns;
    }

    /**
     * The rows of a glued run: per row its name and one piece per column, or null where the run is no glued row
     * (no figure after a name, no way of cutting it, or ways that disagree on where a name stands). Where the
     * run may be cut short (a table's line breaks inside a row), the whole rows before its last are taken too.
     */
    static List<List<Piece>> split(String text, List<Kind> columns, boolean cutShort) {
        if (columns.isEmpty() || !startsName(text, 0) || text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        List<List<Piece>> whole = cut(text, columns);
        if (whole != null || !cutShort) {
            return whole;
        }
        // a run whose last row goes on past the cell (its figures on the next line, or cut short by the text):
        // the whole rows before it, then that row's name with its values left unread
        int tried = 0;
        for (int at = text.length() - 1; at > 0 && tried < MAX_TAILS; at--) {
            if (!startsName(text, at) || startsName(text, at - 1) || Units.isUnit(text.substring(at, at + 1))) {
                continue; // 12月已完成 has no row 月已完成
            }
            tried++;
            int nameEnd = nameEnd(text, at);
            List<List<Piece>> rows = nameEnd < 0 ? null : cut(text.substring(0, at), columns);
            if (rows != null) {
                List<Piece> tail = new ArrayList<>();
                tail.add(new Piece(at, nameEnd, true));
                for (int k = 0; k < columns.size(); k++) {
                    tail.add(new Piece(nameEnd, nameEnd, false));
                }
                rows.add(tail);
                return rows;
            }
        }
        return null;
    }

    private static List<List<Piece>> cut(String text, List<Kind> columns) {
        GluedRows rows = new GluedRows(text, columns);
        rows.row(0, new ArrayList<>());
        if (rows.cuts.isEmpty() || rows.cuts.size() >= MAX_CUTS) {
            return null;
        }
        List<int[]> cuts = rows.mostRepeated();
        int[] first = cuts.get(0);
        for (int[] cut : cuts) {
            if (cut.length != first.length) {
                return null; // ways that make a different number of rows
            }
        }
        int width = columns.size() + 1;
        List<List<Piece>> result = new ArrayList<>();
        for (int r = 0; r * width * 2 < first.length; r++) {
            List<Piece> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                int at = (r * width + c) * 2;
                boolean agreed = true;
                for (int[] cut : cuts) {
                    agreed &= cut[at] == first[at] && cut[at + 1] == first[at + 1];
                }
                if (c == 0 && !agreed) {
                    return null; // the names themselves are in doubt
                }
                row.add(new Piece(first[at], first[at + 1], agreed));
            }
            result.add(row);
        }
        return result;
    }

    /**
     * The ways of cutting that give the most rows whose target and actual read alike (显著提升显著提升 as 显著提升
     * twice, 8550万粒550万粒8 as 8 | 550万粒 | 550万粒 | 8): a result met as planned is what such forms mostly state,
     * and a run that doubles is no coincidence. Where no way gives such a pair, all ways stand.
     */
    private List<int[]> mostRepeated() {
        int best = 0;
        List<int[]> kept = new ArrayList<>();
        for (int[] cut : cuts) {
            int pairs = 0;
            for (int at = 2; at + 3 < cut.length; at += 2) {
                int column = (at / 2) % (columns.size() + 1) - 1;
                boolean values = column >= 0 && column + 1 < columns.size() && columns.get(column) == Kind.VALUE
                        && columns.get(column + 1) == Kind.VALUE;
                if (values && text.substring(cut[at], cut[at + 1]).equals(text.substring(cut[at + 2], cut[at + 3]))) {
                    pairs++;
                }
            }
            if (pairs > best) {
                best = pairs;
                kept.clear();
            }
            if (pairs == best) {
                kept.add(cut);
            }
        }
        return kept;
    }

    /** Where the name starting here ends (before its first figure or sign), or -1 where it is too short a name. */
    private static int nameEnd(String text, int from) {
        int start = from;
        Matcher mark = MARK.matcher(text).region(from, text.length());
        if (mark.lookingAt()) {
            start = mark.end(); // 指标2企业自行采购: the row's number is part of its name cell
        }
        int end = start;
        while (end < text.length() && startsName(text, end)) {
            end++;
        }
        boolean han = false;
        for (int i = start; i < end; i++) {
            han |= Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
        }
        return end - start >= MIN_NAME && han ? end : -1;
    }

    /** A name starts with a character that no figure or sign does. */
    private static boolean startsName(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return !Character.isDigit(c) && "≥≤><=.%".indexOf(c) < 0;
    }

    private void row(int from, List<Integer> bounds) {
        if (cuts.size() >= MAX_CUTS) {
            return;
        }
        int nameEnd = nameEnd(text, from);
        if (nameEnd < 0 || nameEnd >= text.length()) {
            return;
        }
        bounds.add(from);
        bounds.add(nameEnd);
        column(nameEnd, 0, bounds);
        bounds.remove(bounds.size() - 1);
        bounds.remove(bounds.size() - 1);
    }

    private void column(int at, int k, List<Integer> bounds) {
        if (cuts.size() >= MAX_CUTS) {
            return;
        }
        if (k == columns.size()) {
            if (!scoreWithinWeight(bounds) || figures(bounds) < 2 || unitsDiffer(bounds)) {
                return; // one figure among words is a value's own (至少全年完成2次宣传), not a row run together
            }
            int rest = skipPlaceholder(at);
            if (rest == text.length()) {
                cuts.add(bounds.stream().mapToInt(Integer::intValue).toArray());
            } else if (startsName(text, rest) && rest == at) {
                row(at, bounds);
            }
            return;
        }
        for (int end : ends(at, k)) {
            bounds.add(at);
            bounds.add(end);
            column(end, k + 1, bounds);
            bounds.remove(bounds.size() - 1);
            bounds.remove(bounds.size() - 1);
        }
    }

    /**
     * Whether a cut splits a figure: its unit cut off it (2 | 月已完成), or two values cut out of one run of digits
     * with different units (1 | 2月 of 12月已完成), where a target and its actual are written in one unit.
     */
    private boolean unitsDiffer(List<Integer> bounds) {
        int row = bounds.size() - 2 * (columns.size() + 1);
        for (int k = 0; k + 1 < columns.size(); k++) {
            int cut = bounds.get(row + 3 + 2 * k);
            String next = piece(bounds, row + 4 + 2 * k);
            if (cut > 0 && Character.isDigit(text.charAt(cut - 1)) && !next.isEmpty()
                    && (Units.isUnit(next.substring(0, 1)) || next.length() >= 2 && Units.isUnit(next.substring(0, 2)))
                    && Chars.isHan(next.charAt(0))) {
                return true; // a figure's unit cut off it: 2 | 月已完成
            }
            if (columns.get(k) != Kind.VALUE || columns.get(k + 1) != Kind.VALUE) {
                continue;
            }
            int end = bounds.get(row + 3 + 2 * k);
            if (end <= 0 || end >= text.length() || !Character.isDigit(text.charAt(end - 1))
                    || !Character.isDigit(text.charAt(end))) {
                continue;
            }
            String first = piece(bounds, row + 2 + 2 * k);
            String second = piece(bounds, row + 4 + 2 * k);
            if (!unitOf(first).equals(unitOf(second))) {
                return true;
            }
        }
        return false;
    }

    /** What follows a value's figure: its unit, or nothing. */
    private static String unitOf(String value) {
        int i = 0;
        while (i < value.length() && (Character.isDigit(value.charAt(i)) || ".≥≤><=".indexOf(value.charAt(i)) >= 0)) {
            i++;
        }
        return value.substring(i);
    }

    /** A row's 得分 is no more than its 分值 (the first and last points columns, where there are two). */
    private boolean scoreWithinWeight(List<Integer> bounds) {
        int first = columns.indexOf(Kind.POINTS);
        int last = columns.lastIndexOf(Kind.POINTS);
        if (first == last) {
            return true;
        }
        int row = bounds.size() - 2 * (columns.size() + 1);
        BigDecimal weight = new BigDecimal(piece(bounds, row + 2 + 2 * first));
        BigDecimal score = new BigDecimal(piece(bounds, row + 2 + 2 * last));
        return score.compareTo(weight) <= 0;
    }

    /** How many of the row's pieces are figures. */
    private int figures(List<Integer> bounds) {
        int count = 0;
        for (int at = bounds.size() - 2 * columns.size(); at < bounds.size(); at += 2) {
            if (bounds.get(at).equals(bounds.get(at + 1))) {
                continue;
            }
            char c = text.charAt(bounds.get(at));
            boolean result = RESULT.matcher(text).region(bounds.get(at), bounds.get(at + 1)).matches();
            count += Character.isDigit(c) || "≥≤><=".indexOf(c) >= 0 || result ? 1 : 0;
        }
        return count;
    }

    /** Words that state a row's result as a figure would (12月 | 已完成): they count with the figures. */
    private static final Pattern RESULT = Pattern.compile("已完成|按时完成|按期完成|未完成|已达标|达标|是|否");

    private String piece(List<Integer> bounds, int at) {
        return text.substring(bounds.get(at), bounds.get(at + 1));
    }

    /** A row left empty after the last one (……) ends the run too. */
    private int skipPlaceholder(int at) {
        int i = at;
        while (i < text.length() && "…．.。".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Where a piece of this kind that starts here may end. */
    private List<Integer> ends(int at, int k) {
        Kind kind = columns.get(k);
        boolean valueNext = k + 1 < columns.size() && columns.get(k + 1) == Kind.VALUE;
        List<Integer> ends = new ArrayList<>();
        if (kind == Kind.TEXT) {
            ends.add(at); // no reason, or a row follows: where one row's reason ends and the next name begins is unknown
            // (a reason opens with words, not with the % or the sign of the figure before it)
            boolean words = text.length() - at >= 2 && startsName(text, at) && hasHan(at, text.length());
            for (int i = at; i < text.length() && words; i++) {
                words = !Character.isDigit(text.charAt(i));
            }
            if (words) {
                ends.add(text.length());
            }
            return ends;
        }
        int figureEnd = figure(at);
        if (kind == Kind.POINTS) {
            for (int end = at + 1; end <= figureEnd; end++) {
                if (points(text.substring(at, end))) {
                    ends.add(end);
                }
            }
            return ends;
        }
        int start = at;
        if (start < text.length() && "≥≤><=".indexOf(text.charAt(start)) >= 0) {
            start++;
            figureEnd = figure(start);
        }
        if (figureEnd > start) {
            for (int end = start + 1; end <= figureEnd; end++) {
                if (!number(text.substring(start, end))) {
                    continue;
                }
                ends.add(end);
                if (end < text.length() && text.charAt(end) == '%') {
                    ends.add(end + 1);
                }
                for (int u = end + 1; u <= Math.min(text.length(), end + 4); u++) {
                    if (Units.isUnit(text.substring(end, u)) || freeUnit(end, u)) {
                        ends.add(u);
                    }
                }
            }
            return ends;
        }
        // words: 显著提升, up to the next figure; words written twice (显著提升显著提升) are a target met as planned
        int run = at;
        while (run < text.length() && startsName(text, run)) {
            run++;
        }
        int half = (run - at) / 2;
        if (valueNext && half > 0 && (run - at) % 2 == 0 && text.regionMatches(at, text, at + half, half)) {
            ends.add(at + half);
            return ends;
        }
        for (int end = at + 1; end <= Math.min(text.length(), at + MAX_WORDS) && startsName(text, end - 1); end++) {
            if (hasHan(at, end)) {
                ends.add(end);
            }
        }
        return ends;
    }

    /** The end of the digits and decimal point from here. */
    private int figure(int at) {
        int i = at;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /**
     * A unit the list lacks (万粒, 厘米): one or two characters, then a figure or sign, never more words (which
     * would make 0显著 of 10显著提升).
     */
    private boolean freeUnit(int from, int to) {
        return to - from <= 2 && hasHanOnly(from, to)
                && (to == text.length() || Character.UnicodeScript.of(text.charAt(to)) != Character.UnicodeScript.HAN);
    }

    private boolean hasHanOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static boolean number(String s) {
        return s.matches("(?:0|[1-9]\\d*)(?:\\.\\d+)?");
    }

    private static boolean points(String s) {
        return number(s) && new BigDecimal(s).compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private boolean hasHan(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
