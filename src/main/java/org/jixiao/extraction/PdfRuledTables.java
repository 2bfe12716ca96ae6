package org.jixiao.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The ruled tables of a PDF, one {@link Grid} a page: a form printed from Word, or from jixiao, draws the border of
 * every cell, and those lines say exactly where each cell begins and ends, which the text alone does not (a cell's
 * text wrapped over lines, a row taller than its neighbours, cells of other widths). The lines are gathered from
 * what the page strokes (and from thin filled rectangles, as some writers draw borders); the column and row
 * boundaries are where they run; two neighbouring places with no line between them are one cell merged across or
 * down. Each character belongs to the cell its middle lies in; a cell's lines are joined in reading order, with a
 * space only between two Latin words (a line breaks anywhere else without one: 社区文化 | 活动, ≥ | 95%).
 *
 * <p>The grid is read as a DOCX table is: a cell merged across columns stands in its first column, the columns it
 * covers follow empty; a cell merged down is empty in the rows below. Text outside every cell (the title, page
 * numbers) is not in the grid.
 */
final class PdfRuledTables {

    private static final long MAX_MEMORY = 256L * 1024 * 1024;
    /** Lines closer than this (points) are one boundary: a border drawn twice, or by two cells. */
    private static final float SNAP = 2f;
    /** A filled rectangle this thin is a line. */
    private static final float THIN = 2f;

    private PdfRuledTables() {
    }

    /** The grid of each page that has a ruled table, in page order; none where the PDF draws no table. */
    static List<Grid> read(String file, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            List<Grid> grids = new ArrayList<>();
            Glyphs glyphs = new Glyphs();
            int pages = Math.min(document.getNumberOfPages(), PdfReader.MAX_PAGES);
            for (int p = 0; p < pages; p++) {
                PDPage page = document.getPage(p);
                Lines lines = new Lines(page);
                lines.processPage(page);
                glyphs.positions.clear();
                glyphs.setStartPage(p + 1);
                glyphs.setEndPage(p + 1);
                glyphs.getText(document);
                Grid grid = grid(lines, glyphs.positions, page.getCropBox());
                if (grid != null) {
                    grids.add(grid);
                }
            }
            return grids;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Damage.pdf(file, 0, e);
        }
    }

    /** A stretch of a line: horizontal at {@code at} from {@code from} to {@code to}, or vertical likewise. */
    private record Segment(float at, float from, float to) {
    }

    /** The page's lines in its user space, y upwards. */
    private static final class Lines extends PDFGraphicsStreamEngine {

        final List<Segment> horizontal = new ArrayList<>();
        final List<Segment> vertical = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>(); // x0, y0, x1, y1 of each straight piece
        private final List<float[]> rectangles = new ArrayList<>(); // x0, y0, x1, y1
        private Point2D.Float current = new Point2D.Float();
        private Point2D.Float start = new Point2D.Float();

        Lines(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new float[] {x0, y0, x1, y1});
            path.add(new float[] {x0, y0, x1, y0});
            path.add(new float[] {x1, y0, x1, y1});
            path.add(new float[] {x1, y1, x0, y1});
            path.add(new float[] {x0, y1, x0, y0});
            current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
            start = current;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {current.x, current.y, x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3); // a curve is no border
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (current.x != start.x || current.y != start.y) {
                path.add(new float[] {current.x, current.y, start.x, start.y});
            }
            current = start;
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            for (float[] piece : path) {
                add(piece[0], piece[1], piece[2], piece[3]);
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // a border drawn as a thin filled rectangle is a line along its length; a shaded cell is no border
            for (float[] r : rectangles) {
                if (r[3] - r[1] <= THIN && r[2] - r[0] > THIN) {
                    add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
                } else if (r[2] - r[0] <= THIN && r[3] - r[1] > THIN) {
                    add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
            // the clipping path is no border; the path it was made from ends with the next n operator
        }

        @Override
        public void drawImage(PDImage image) {
            // images hold no borders read here
        }

        @Override
        public void shadingFill(COSName name) {
            // a shading is no border
        }

        private void add(float x0, float y0, float x1, float y1) {
            if (Math.abs(y1 - y0) < 0.5f && Math.abs(x1 - x0) > 1f) {
                horizontal.add(new Segment((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
            } else if (Math.abs(x1 - x0) < 0.5f && Math.abs(y1 - y0) > 1f) {
                vertical.add(new Segment((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
            }
        }

        private void clear() {
            path.clear();
            rectangles.clear();
        }
    }

    /** Every character PDFBox places on the page, with its position (x from the left, y from the top). */
    private static final class Glyphs extends PDFTextStripper {

        final List<TextPosition> positions = new ArrayList<>();

        Glyphs() {
            setSortByPosition(false);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            positions.add(text);
        }
    }

    /** The page's table as a grid, in the text's coordinates (y from the top); null where it draws none. */
    private static Grid grid(Lines lines, List<TextPosition> glyphs, PDRectangle crop) {
        if (lines.horizontal.size() < 2 || lines.vertical.size() < 2) {
            return null;
        }
        float top = crop.getUpperRightY();
        float left = crop.getLowerLeftX();
        List<Segment> horizontal = lines.horizontal.stream()
                .map(s -> new Segment(top - s.at(), s.from() - left, s.to() - left)).toList();
        List<Segment> vertical = lines.vertical.stream()
                .map(s -> new Segment(s.at() - left, top - s.to(), top - s.from())).toList();
        float[] ys = boundaries(horizontal);
        float[] xs = boundaries(vertical);
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        if (rows < 1 || columns < 1) {
            return null;
        }
        // places (r, c) between neighbouring boundaries; neighbours with no line between them are one cell
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++) {
                float middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !covered(vertical, xs[c + 1], middleY)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !covered(horizontal, ys[r + 1], middleX)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        // each cell: the places it covers; a cell is one whose borders are drawn (not the room between two tables)
        int[] firstRow = new int[parent.length];
        int[] firstColumn = new int[parent.length];
        int[] lastRow = new int[parent.length];
        int[] lastColumn = new int[parent.length];
        Arrays.fill(firstRow, Integer.MAX_VALUE);
        Arrays.fill(firstColumn, Integer.MAX_VALUE);
        Arrays.fill(lastRow, -1);
        Arrays.fill(lastColumn, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int root = find(parent, r * columns + c);
                firstRow[root] = Math.min(firstRow[root], r);
                firstColumn[root] = Math.min(firstColumn[root], c);
                lastRow[root] = Math.max(lastRow[root], r);
                lastColumn[root] = Math.max(lastColumn[root], c);
            }
        }
        boolean[] cell = new boolean[parent.length];
        for (int i = 0; i < parent.length; i++) {
            if (lastRow[i] < 0) {
                continue;
            }
            float middleX = (xs[firstColumn[i]] + xs[firstColumn[i] + 1]) / 2;
            float middleY = (ys[firstRow[i]] + ys[firstRow[i] + 1]) / 2;
            cell[i] = covered(horizontal, ys[firstRow[i]], middleX) && covered(horizontal, ys[lastRow[i] + 1], middleX)
                    && covered(vertical, xs[firstColumn[i]], middleY) && covered(vertical, xs[lastColumn[i] + 1], middleY);
        }
        List<List<TextPosition>> texts = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            texts.add(null);
        }
        for (TextPosition glyph : glyphs) {
            float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
            float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
            int c = place(xs, x);
            int r = place(ys, y);
            if (r < 0 || c < 0) {
                continue;
            }
            int root = find(parent, r * columns + c);
            if (!cell[root]) {
                continue;
            }
            if (texts.get(root) == null) {
                texts.set(root, new ArrayList<>());
            }
            texts.get(root).add(glyph);
        }
        List<List<String>> grid = new ArrayList<>();
        boolean any = false;
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            boolean inTable = false;
            for (int c = 0; c < columns; c++) {
                int root = find(parent, r * columns + c);
                inTable |= cell[root];
                boolean first = cell[root] && firstRow[root] == r && firstColumn[root] == c;
                row.add(first ? text(texts.get(root)) : "");
            }
            if (inTable) {
                grid.add(row);
                any = true;
            }
        }
        return any ? new Grid(grid) : null;
    }

    /** The distinct places of the lines, those within {@link #SNAP} of each other made one, in order. */
    private static float[] boundaries(List<Segment> segments) {
        List<Float> places = segments.stream().map(Segment::at).sorted().toList();
        List<Float> merged = new ArrayList<>();
        float sum = 0;
        int count = 0;
        float last = Float.NEGATIVE_INFINITY;
        for (float place : places) {
            if (count > 0 && place - last > SNAP) {
                merged.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += place;
            count++;
            last = place;
        }
        if (count > 0) {
            merged.add(sum / count);
        }
        float[] out = new float[merged.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = merged.get(i);
        }
        return out;
    }

    /** Whether a line runs at {@code at} (within the snap) across {@code across}. */
    private static boolean covered(List<Segment> segments, float at, float across) {
        for (Segment s : segments) {
            if (Math.abs(s.at() - at) <= SNAP && s.from() - SNAP <= across && across <= s.to() + SNAP) {
                return true;
            }
        }
        return false;
    }

    /** The index of the place between boundaries that holds {@code value}, or -1 outside them. */
    private static int place(float[] bounds, float value) {
        if (value < bounds[0] || value >= bounds[bounds.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (value < bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** A cell's characters as text: line by line from the top, each line from the left. */
    private static String text(List<TextPosition> glyphs) {
        if (glyphs == null || glyphs.isEmpty()) {
            return "";
        }
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        float lineY = Float.NaN;
        for (TextPosition glyph : sorted) {
            float tolerance = Math.max(1f, glyph.getFontSizeInPt() * 0.5f);
            if (lines.isEmpty() || Math.abs(glyph.getYDirAdj() - lineY) > tolerance) {
                lines.add(new ArrayList<>());
                lineY = glyph.getYDirAdj();
            }
            lines.get(lines.size() - 1).add(glyph);
        }
        StringBuilder text = new StringBuilder();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            String first = line.get(0).getUnicode();
            if (!text.isEmpty() && latin(text.charAt(text.length() - 1)) && !first.isEmpty() && latin(first.charAt(0))) {
                text.append(' '); // a line breaks between two Latin words only where a space stood
            }
            float end = Float.NaN;
            for (TextPosition glyph : line) {
                // a gap of a third of the font's size, where no space was drawn, parts two words
                if (!Float.isNaN(end) && glyph.getXDirAdj() - end > glyph.getFontSizeInPt() / 3
                        && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
        }
        return text.toString();
    }

    /** A letter or digit of the Latin script, or what stands inside a figure: never broken without a space. */
    private static boolean latin(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == ',' || c == '-' || c == '/');
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
