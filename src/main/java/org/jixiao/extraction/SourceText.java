package org.jixiao.extraction;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The text a report is read from, as the import page shows it, with its folded twin ({@link Folding}) of the same
 * length: readers match words in {@link #folded()} and cut values from {@link #original} at the same offsets, so
 * every value keeps the source's wording and knows the line (and for a PDF the page) it came from.
 *
 * <p>Lines end at a line feed or a form feed (a PDF's page break); pinyin that document sites print after each
 * character (績效目標(biāo)) is taken out before anything else, since no report writes it.
 */
final class SourceText {

    /**
     * A syllable in brackets right after a Chinese character, with a tone mark no Chinese text carries. The bracket
     * comes first, the Chinese character is looked behind from it: the other way round, Unicode's script of every
     * character of the text would be looked up.
     */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "[(（](?<=\\p{IsHan}[(（])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]");

    /** The letters with a tone mark that PINYIN_GLOSS needs. */
    private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    private final String text;
    private final String folded;
    private final int[] lineStarts;
    private final int[] pageOfLine;
    private final boolean paged;

    private SourceText(String text) {
        this.text = text;
        this.folded = OcrSlips.repair(Folding.fold(text));
        int lines = 1;
        int pages = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                lines++;
            }
            if (c == '\f') {
                pages++;
            }
        }
        this.paged = pages > 0;
        this.lineStarts = new int[lines];
        this.pageOfLine = new int[lines];
        int line = 0;
        int page = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                if (c == '\f') {
                    page++;
                }
                line++;
                lineStarts[line] = i + 1;
                pageOfLine[line] = page;
            }
        }
        pageOfLine[0] = 1;
    }

    /** The text of a file, without carriage returns and pinyin glosses. */
    static SourceText of(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if ((text.indexOf('(') >= 0 || text.indexOf('（') >= 0) && hasToneMark(text)) {
            text = PINYIN_GLOSS.matcher(text).replaceAll("");
        }
        return new SourceText(text);
    }

    /** Whether a letter with a tone mark stands in the text: without one there is no gloss to look for. */
    private static boolean hasToneMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'à' && c <= 'ǜ' && TONE_MARKED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text as shown to the user (form feeds as line breaks). */
    String display() {
        return text.replace('\f', '\n');
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    int length() {
        return text.length();
    }

    /** The source's own wording between two offsets. */
    String original(int start, int end) {
        return text.substring(start, end);
    }

    /** The line (from 1) the offset is on. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Where the line (from 1) begins. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Where the line (from 1) ends, before its line break. */
    int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The page (from 1) of a PDF's text, or null for a text without pages. */
    Integer page(int offset) {
        return paged ? pageOfLine[line(offset) - 1] : null;
    }

    /** Where in the source a value was read: its line, and its columns on that line (from 0, end exclusive). */
    Origin origin(int start, int end) {
        int line = line(start);
        int lineStart = lineStart(line);
        int lineEnd = lineEnd(line);
        return new Origin(line, page(start), start - lineStart, Math.max(start - lineStart, Math.min(end, lineEnd) - lineStart));
    }
}
