package org.jixiao.extraction;

import java.util.Arrays;

/**
 * The running text of a report as its sentences read, for the readers of what it says in sentences: the folded text
 * ({@link Folding}) without its whitespace, so that PDF text that spaces out words (全年预算数 6 88. 34 万 元) or wraps a
 * sentence over lines reads as one, and with a line break only where a paragraph ends. Every character knows its
 * offset in the {@link SourceText}, whether whitespace stood before it (a heading's title ends there on a page that
 * runs its headings into the text) and whether it began a line; values are cut from the source's own wording.
 *
 * <p>A line break is a paragraph's end, except in a text laid out in lines of one width (a PDF's printed lines: most
 * of its long lines have about the same length): there a full line that stops in the middle of a sentence (no 。；：
 * at its end), followed by a line that does not begin with a number, was wrapped, and is joined. A web page's
 * paragraphs, of every length, are never joined.
 */
final class Prose {

    private static final String SENTENCE_END = "。;!?！？:";
    /** Printed lines narrower than this are a table's or a heading's, not a page's width. */
    private static final int MIN_WIDTH = 25;

    private final SourceText source;
    private final String text;
    private final int[] at;
    private final boolean[] gap;
    private final boolean[] lineStart;
    /** Where the line breaks stand, in order. */
    private final int[] breaks;

    private Prose(SourceText source, String text, int[] at, boolean[] gap, boolean[] lineStart) {
        this.source = source;
        this.text = text;
        this.at = at;
        this.gap = gap;
        this.lineStart = lineStart;
        this.breaks = text.chars().filter(c -> c == '\n').count() == 0 ? new int[0] : breaks(text);
    }

    private static int[] breaks(String text) {
        int[] found = new int[(int) text.chars().filter(c -> c == '\n').count()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found[n++] = i;
            }
        }
        return found;
    }

    /** The prose of the source between two offsets. */
    static Prose of(SourceText source, int from, int to) {
        String folded = source.folded();
        int start = Math.max(0, Math.min(from, folded.length()));
        int end = Math.max(start, Math.min(to, folded.length()));
        StringBuilder text = new StringBuilder(end - start);
        int[] at = new int[end - start + 1];
        boolean[] gap = new boolean[end - start + 1];
        boolean[] lineStart = new boolean[end - start + 1];
        int width = lineWidth(folded, start, end);
        boolean pendingGap = false;
        boolean pendingBreak = true;
        int lineLength = 0;
        int breakAt = start;
        for (int i = start; i < end; i++) {
            char c = folded.charAt(i);
            if (c == '\n' || c == '\f') {
                breakAt = i;
                pendingBreak = true;
                pendingGap = true;
                continue;
            }
            if (Chars.isSpace(c) || Character.isISOControl(c)) {
                pendingGap = true;
                continue;
            }
            boolean newLine = false;
            if (pendingBreak) {
                if (text.length() == 0) {
                    newLine = true;
                } else if (!wrapped(text, lineLength, width, folded, i)) {
                    at[text.length()] = breakAt;
                    text.append('\n');
                    newLine = true;
                }
                lineLength = 0;
            }
            int n = text.length();
            at[n] = i;
            gap[n] = pendingGap;
            lineStart[n] = newLine;
            text.append(c);
            lineLength++;
            pendingGap = false;
            pendingBreak = false;
        }
        at[text.length()] = end;
        return new Prose(source, text.toString(), at, gap, lineStart);
    }

    /**
     * The width of a text laid out in lines of one width: the length most of its long lines have (within two
     * characters), or 0 where its lines are paragraphs of every length.
     */
    static int lineWidth(String folded, int start, int end) {
        int[] counts = new int[201];
        int lines = 0;
        int length = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? folded.charAt(i) : '\n';
            if (c == '\n' || c == '\f') {
                if (length >= MIN_WIDTH) {
                    counts[Math.min(200, length)]++;
                    lines++;
                }
                length = 0;
            } else if (!Chars.isSpace(c)) {
                length++;
            }
        }
        if (lines < 5) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        for (int w = MIN_WIDTH; w < 199; w++) {
            int around = counts[w - 2] + counts[w - 1] + counts[w] + counts[w + 1] + counts[w + 2];
            if (around > bestCount) {
                best = w;
                bestCount = around;
            }
        }
        return bestCount * 5 >= lines * 2 && bestCount >= 5 ? best : 0;
    }

    /** Whether the line before {@code next} was wrapped inside a sentence rather than ended. */
    private static boolean wrapped(CharSequence text, int lineLength, int width, String folded, int next) {
        char last = text.charAt(text.length() - 1);
        if (width == 0 || lineLength < width - 3 || SENTENCE_END.indexOf(last) >= 0 || last == '。') {
            return false;
        }
        int[] end = new int[1];
        return Numbering.at(folded, next, end) == null;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    SourceText source() {
        return source;
    }

    /** The source offset of the character at {@code i} (the end of the prose for {@code i == length()}). */
    int offset(int i) {
        return at[Math.max(0, Math.min(i, text.length()))];
    }

    /** The source offset just after the character before {@code end}. */
    int endOffset(int end) {
        if (end <= 0) {
            return offset(0);
        }
        return at[Math.min(end, text.length()) - 1] + 1;
    }

    /** Whether whitespace or a line break stood before the character at {@code i} in the source. */
    boolean gapBefore(int i) {
        return i >= 0 && i < text.length() && (gap[i] || lineStart[i]);
    }

    /** Whether the character at {@code i} begins a paragraph. */
    boolean startsLine(int i) {
        return i == 0 || (i > 0 && i < text.length() && (lineStart[i] || text.charAt(i - 1) == '\n'));
    }

    /** Where the paragraph holding {@code i} begins. */
    int paragraphStart(int i) {
        int before = Math.max(0, Math.min(i, text.length())) - 1;
        int k = Arrays.binarySearch(breaks, before);
        int index = k >= 0 ? k : -k - 2;
        return index < 0 ? 0 : breaks[index] + 1;
    }

    /** Where the paragraph holding {@code i} ends (its line break, or the end). */
    int paragraphEnd(int i) {
        int k = Arrays.binarySearch(breaks, Math.max(0, i));
        int index = k >= 0 ? k : -k - 1;
        return index < breaks.length ? breaks[index] : text.length();
    }

    /** The source's own characters between two prose positions, as they stand; empty for an empty stretch. */
    String raw(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        if (s == e) {
            return "";
        }
        int from = offset(s);
        return source.original(from, Math.max(from, endOffset(e)));
    }

    /** A value read between two prose positions, with the source offsets it stands between. */
    <T> Value<T> valueAt(T value, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int from = offset(s);
        int to = end <= s ? from : Math.max(from, endOffset(end));
        return Value.of(value, from, to);
    }

    /** The source's wording between two prose positions, whitespace next to Chinese taken out, edges trimmed. */
    String original(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        if (s == e) {
            return "";
        }
        int from = offset(s);
        return TitleParts.clean(source, from, Math.max(from, endOffset(e)));
    }

    /** A text value cut from the source between two prose positions, or null where it is blank. */
    Value<String> value(int start, int end) {
        String text = original(start, end);
        return text.isBlank() ? null : valueAt(text, start, end);
    }
}
