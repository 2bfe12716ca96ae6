package org.jixiao.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF report with PDFBox, in one pass: the running text as PDFBox extracts it and, beside it,
 * the same words placed in columns by their x position (for the 自评表's tables). Memory is bounded (main memory
 * only, up to a limit), and so are the pages.
 */
final class PdfReader {

    static final int MAX_PAGES = 500;
    private static final long MAX_MEMORY = 256L * 1024 * 1024;
    /** Points per layout column: half the width of a Chinese character at 9 pt. */
    private static final float COLUMN = 4.5f;
    /** A range of a character map: &lt;start&gt; &lt;end&gt; then its destination. */

    private PdfReader() {
    }

    static ReportSource read(String file, byte[] bytes) {
        if (!hasEnd(bytes)) {
            throw new ExtractionException(file + "：PDF 文件不完整（缺少文件尾 %%EOF），可能下载中断或已损坏");
        }
        LayoutStripper stripper = null;
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            if (document.getNumberOfPages() == 0) {
                throw new ExtractionException(file + "：PDF 没有页面");
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new ExtractionException(file + "：PDF 有 " + document.getNumberOfPages() + " 页，超过 " + MAX_PAGES
                        + " 页，不像一份自评报告");
            }
            refuseRunawayCMaps(file, document);
            stripper = new LayoutStripper();
            String text = stripper.getText(document);
            return new ReportSource(text, stripper.layout(), List.of());
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(file + "：PDF 已加密，需要密码才能打开");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw Damage.pdf(file, stripper == null ? 0 : stripper.page(), e);
        }
    }

    /**
     * A font's character map whose range spans more than 65,536 codes is damaged: PDFBox would expand it code by
     * code, for minutes or without end. Such files are refused before any text is read.
     */
    private static void refuseRunawayCMaps(String file, PDDocument document) throws IOException {
        int pageNumber = 0;
        Set<COSStream> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            pageNumber++;
            PDResources resources = page.getResources();
            COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font
                        && font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream cmap
                        && checked.add(cmap) && hasRunawayRange(cmap)) {
                    throw new ExtractionException(file + "：第 " + pageNumber + " 页：字体编码表已损坏，无法读取文字");
                }
            }
        }
    }

    /**
     * Whether a {@code bfrange} or {@code cidrange} of the map spans more than 65,536 codes or has a bound too
     * long to be a code. Only those sections are looked at: a {@code bfchar}'s destination is text, which may be
     * long (a ligature's ffi, a character beyond the BMP) without harm. Scanned byte by byte, since the map is
     * decoded here and again by PDFBox.
     */
    private static boolean hasRunawayRange(COSStream cmap) throws IOException {
        byte[] map;
        try (InputStream in = cmap.createInputStream()) {
            map = in.readNBytes(4 << 20);
        }
        int i = 0;
        while ((i = sectionStart(map, i)) >= 0) {
            // entries: <lo> <hi> then a destination (<…>, […] or a code), up to the section's end
            while (true) {
                i = skipSpaces(map, i);
                if (i >= map.length || map[i] != '<') {
                    break; // endbfrange, endcidrange, or something else: the section ends
                }
                int loEnd = hexEnd(map, i + 1);
                int hi = loEnd < 0 ? -1 : skipSpaces(map, loEnd + 1);
                if (hi < 0 || hi >= map.length || map[hi] != '<') {
                    break;
                }
                int hiEnd = hexEnd(map, hi + 1);
                if (hiEnd < 0) {
                    break;
                }
                if (runaway(map, i + 1, loEnd, hi + 1, hiEnd)) {
                    return true;
                }
                i = skipDestination(map, skipSpaces(map, hiEnd + 1));
            }
        }
        return false;
    }

    private static final byte[] BFRANGE = "beginbfrange".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CIDRANGE = "begincidrange".getBytes(StandardCharsets.ISO_8859_1);

    /** The index just after the next beginbfrange or begincidrange from {@code from}, or -1. */
    private static int sectionStart(byte[] map, int from) {
        for (int i = from; i < map.length; i++) {
            if (map[i] == 'b' && (startsWith(map, i, BFRANGE) || startsWith(map, i, CIDRANGE))) {
                return i + (startsWith(map, i, BFRANGE) ? BFRANGE.length : CIDRANGE.length);
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] map, int at, byte[] word) {
        if (at + word.length > map.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (map[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean runaway(byte[] map, int lo, int loEnd, int hi, int hiEnd) {
        int loDigits = loEnd - lo;
        int hiDigits = hiEnd - hi;
        if (loDigits == 0 || hiDigits == 0 || loDigits > 8 || hiDigits > 8) {
            return true;
        }
        long from = Long.parseLong(new String(map, lo, loDigits, StandardCharsets.ISO_8859_1), 16);
        long to = Long.parseLong(new String(map, hi, hiDigits, StandardCharsets.ISO_8859_1), 16);
        return to - from > 0xFFFF;
    }

    /** Past a range's destination: a hex string, an array of them, or a code. */
    private static int skipDestination(byte[] map, int i) {
        if (i >= map.length) {
            return i;
        }
        byte close = map[i] == '<' ? (byte) '>' : map[i] == '[' ? (byte) ']' : 0;
        if (close == 0) {
            while (i < map.length && map[i] >= '0' && map[i] <= '9') {
                i++;
            }
            return i;
        }
        int end = indexOf(map, (char) close, i + 1);
        return end < 0 ? map.length : end + 1;
    }

    private static int indexOf(byte[] bytes, char c, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the '>' closing a run of hex digits that starts at {@code from}, or -1. */
    private static int hexEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '>') {
                return i;
            }
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F')) {
                return -1;
            }
        }
        return -1;
    }

    /** Past PDF white space. */
    private static int skipSpaces(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'
                || bytes[i] == '\f' || bytes[i] == 0x0B || bytes[i] == 0)) {
            i++;
        }
        return i;
    }

    /** Whether %%EOF stands near the end: a PDF cut short by a broken download has none. */
    private static boolean hasEnd(byte[] bytes) {
        byte[] eof = {'%', '%', 'E', 'O', 'F'};
        for (int i = bytes.length - eof.length; i >= Math.max(0, bytes.length - 4096); i--) {
            boolean match = true;
            for (int j = 0; j < eof.length && match; j++) {
                match = bytes[i + j] == eof[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** PDFBox's text stripper that also lays each word out at the column of its x position. */
    private static final class LayoutStripper extends PDFTextStripper {

        private final StringBuilder layout = new StringBuilder();
        private int lineStart;
        private float lastEnd = -1;
        private int page;

        LayoutStripper() {
            setSortByPosition(true);
            setPageEnd("\f");
        }

        String layout() {
            return layout.toString();
        }

        int page() {
            return page;
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            page++;
            super.startPage(pdPage);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            if (positions.isEmpty()) {
                layout.append(text);
                return;
            }
            TextPosition first = positions.get(0);
            float x = first.getXDirAdj();
            int column = Math.round(x / COLUMN);
            int cursor = layout.length() - lineStart;
            // more than a space and a half apart, or half an em: PDFBox gives CJK fonts a space a whole character
            // wide, so that cells of a table set close together would otherwise read as one
            float size = first.getFontSizeInPt();
            float gap = Math.min(Math.max(first.getWidthOfSpace(), size * 0.25f) * 1.5f, size * 0.5f);
            boolean cellGap = lastEnd >= 0 && x - lastEnd > gap;
            if (cursor > 0 && !cellGap) {
                layout.append(' '); // the next word of the same cell or sentence
            } else if (cursor < column) {
                layout.append(" ".repeat(Math.max(column - cursor, cursor > 0 ? 2 : 0)));
            } else if (cursor > 0) {
                layout.append("  ");
            }
            layout.append(text);
            TextPosition last = positions.get(positions.size() - 1);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            startLine('\n');
        }

        @Override
        protected void writePageEnd() throws IOException {
            super.writePageEnd();
            startLine('\f');
        }

        /** Ends the layout's line (a line break, or a form feed at the end of a page): its columns count anew. */
        private void startLine(char separator) {
            layout.append(separator);
            lineStart = layout.length();
            lastEnd = -1;
        }
    }
}
