package org.jixiao.rendering;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jixiao.rendering.PdfFonts.Face;
import org.jixiao.rendering.PdfFonts.Role;
import org.jixiao.rendering.ReportElement.Appendix;
import org.jixiao.rendering.ReportElement.Form;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;

/**
 * The report as a PDF laid out after GB/T 9704: A4, type area 156 × 225 mm, body 16 pt (三号) on 28 lines a
 * page, two characters of first-line indent, justified lines, page numbers 「— 1 —」 outside. Text is written
 * in reading order, one line after the other, so that it extracts as it reads; the fonts are embedded as
 * subsets, so that it shows the same on a machine without Chinese fonts.
 */
final class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 28 * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float WIDTH = 156 * MM;
    static final int LINES_PER_PAGE = 28;
    private static final float PITCH = (PAGE.getHeight() - TOP - BOTTOM) / LINES_PER_PAGE;
    private static final float BODY = 16f;
    private static final float TITLE = 22f;
    /**
     * Tables in 小五 (9 pt): the labels and heads of the 自评表 and of the indicator tables then fit their cells on one
     * line with room between, so that a reader's tools (and extraction) find the columns by their position.
     */
    private static final float TABLE = 9f;
    private static final float INDICATOR_TABLE = 9f;
    private static final float CELL_PAD = 3f;
    private static final float ASCENT = 0.88f;
    private static final float MAX_JUSTIFY = 2f;
    private static final Color GAP = new Color(0xA0, 0, 0);

    private PdfRenderer() {
    }

    static void write(ReportOutline outline, OutputStream out, List<String> warnings) throws IOException {
        try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf, warnings)) {
            Pages pages = new Pages(pdf, fonts);
            pages.titleBlock(outline);
            boolean firstForm = true;
            for (ReportElement element : outline.elements()) {
                if (element instanceof Heading heading) {
                    pages.heading(heading);
                } else if (element instanceof Paragraph paragraph) {
                    pages.paragraph(paragraph);
                } else if (element instanceof IndicatorTable table) {
                    pages.table(TableLayout.of(table), null, INDICATOR_TABLE);
                } else if (element instanceof Appendix appendix) {
                    pages.newPage();
                    pages.text(List.of(new Span(appendix.title(), Role.HEI, BODY)), 0, BODY, PITCH, false, false);
                    pages.skip(PITCH / 2);
                } else if (element instanceof Form form) {
                    if (!firstForm && !pages.atTop()) {
                        pages.newPage();
                    }
                    firstForm = false;
                    pages.table(TableLayout.of(form.form()), form.form().caption(), TABLE);
                } else if (element instanceof Grid grid) {
                    pages.table(grid.layout(), grid.caption(), TABLE);
                }
            }
            pages.finish();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(outline.title());
            info.setAuthor(outline.unitName());
            info.setCreator("jixiao");
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            pdf.save(out);
        }
    }

    /** Text in one role and size. */
    record Span(String text, Role role, float size) {
    }

    /** The characters of some spans with the face that draws each and its advance. */
    private static final class Run {

        final int[] codePoints;
        final Face[] faces;
        final float[] sizes;
        final float[] widths;

        Run(List<Span> spans, PdfFonts fonts) {
            int total = spans.stream().mapToInt(s -> s.text().codePointCount(0, s.text().length())).sum();
            codePoints = new int[total];
            faces = new Face[total];
            sizes = new float[total];
            widths = new float[total];
            int i = 0;
            for (Span span : spans) {
                int[] cps = span.text().codePoints().toArray();
                for (int cp : cps) {
                    int c = cp == '\t' || cp == '\r' ? ' ' : cp;
                    if (c != '\n' && Character.isISOControl(c)) {
                        c = ' ';
                    }
                    Face face = c == '\n' ? fonts.face(Role.BODY) : fonts.faceFor(span.role(), c);
                    if (face == null) {
                        c = PdfFonts.REPLACEMENT;
                        face = fonts.face(Role.BODY);
                    }
                    codePoints[i] = c;
                    faces[i] = face;
                    sizes[i] = span.size();
                    widths[i] = c == '\n' ? 0 : face.advance(c) * span.size();
                    i++;
                }
            }
        }

        float width(int start, int end) {
            float sum = 0;
            for (int i = start; i < end; i++) {
                sum += widths[i];
            }
            return sum;
        }
    }

    /** The pages being written: where the next line goes, and a new page when this one is full. */
    private static final class Pages {

        private final PDDocument pdf;
        private final PdfFonts fonts;
        private PDPageContentStream stream;
        private Color color = Color.BLACK;
        private int pageNumber;
        private float y;
        private float tableSize = TABLE;
        private float tablePitch = TABLE * 4 / 3;

        Pages(PDDocument pdf, PdfFonts fonts) throws IOException {
            this.pdf = pdf;
            this.fonts = fonts;
            newPage();
        }

        void newPage() throws IOException {
            closePage();
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            stream.setNonStrokingColor(color);
            pageNumber++;
            y = PAGE.getHeight() - TOP;
        }

        boolean atTop() {
            return y >= PAGE.getHeight() - TOP - 0.1f;
        }

        private float room() {
            return y - BOTTOM;
        }

        void skip(float height) throws IOException {
            if (room() < height) {
                newPage();
            } else {
                y -= height;
            }
        }

        /** 「— 3 —」 in 四号, 7 mm below the type area: odd pages on the right, even ones on the left. */
        private void closePage() throws IOException {
            if (stream == null) {
                return;
            }
            Color kept = color;
            color(Color.BLACK);
            String number = "— " + pageNumber + " —";
            float size = 14f;
            Run run = new Run(List.of(new Span(number, Role.BODY, size)), fonts);
            float width = run.width(0, run.codePoints.length);
            float x = pageNumber % 2 == 1 ? LEFT + WIDTH - size - width : LEFT + size;
            drawLine(run, 0, run.codePoints.length, x, BOTTOM - 7 * MM - size * ASCENT, 0);
            stream.close();
            stream = null;
            color = kept; // a paragraph that goes on to the next page keeps its colour there
        }

        void finish() throws IOException {
            closePage();
        }

        void titleBlock(ReportOutline outline) throws IOException {
            if (!outline.unitName().isEmpty()) {
                text(List.of(new Span(outline.unitName(), Role.BOLD, TITLE)), 0, TITLE, TITLE * 1.6f, true, false);
                skip(PITCH / 2);
            }
            text(List.of(new Span(outline.title(), Role.BOLD, TITLE)), 0, TITLE, TITLE * 1.6f, true, false);
            skip(PITCH);
        }

        private void color(Color newColor) throws IOException {
            if (!newColor.equals(color)) {
                color = newColor;
                stream.setNonStrokingColor(color);
            }
        }

        void heading(Heading heading) throws IOException {
            Role role = switch (heading.level()) {
                case 1 -> Role.HEI;
                case 2 -> Role.KAI;
                default -> Role.BOLD;
            };
            if (room() < PITCH * 2) {
                newPage(); // keep a heading with the line after it
            }
            text(List.of(new Span(heading.text(), role, BODY)), 2 * BODY, BODY, PITCH, false, false);
        }

        void paragraph(Paragraph paragraph) throws IOException {
            List<Span> spans = new ArrayList<>();
            if (paragraph.label() != null) {
                spans.add(new Span(paragraph.label(), Role.BOLD, BODY));
            }
            spans.add(new Span(paragraph.text(), Role.BODY, BODY));
            color(paragraph.gap() ? GAP : Color.BLACK);
            text(spans, 2 * BODY, BODY, PITCH, false, !paragraph.gap());
            color(Color.BLACK);
        }

        /** Lines of text across the type area, breaking pages as needed. */
        void text(List<Span> spans, float indent, float size, float pitch, boolean center, boolean justify)
                throws IOException {
            Run run = new Run(spans, fonts);
            List<LineBreaker.Line> lines = LineBreaker.lines(run.codePoints, run.widths, WIDTH - indent, WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line line = lines.get(i);
                if (room() < pitch - 0.01f) {
                    newPage();
                }
                float lineIndent = i == 0 ? indent : 0;
                float natural = run.width(line.start(), line.end());
                float x = LEFT + lineIndent + (center ? (WIDTH - lineIndent - natural) / 2 : 0);
                float spacing = 0;
                int count = line.end() - line.start();
                if (justify && !line.last() && count > 1) {
                    spacing = Math.min(MAX_JUSTIFY, (WIDTH - lineIndent - natural) / (count - 1));
                }
                float baseline = y - (pitch - size) / 2 - size * ASCENT;
                drawLine(run, line.start(), line.end(), x, baseline, Math.max(0, spacing));
                y -= pitch;
            }
        }

        /** One line of a run, font by font, in one text object. */
        private void drawLine(Run run, int start, int end, float x, float baseline, float spacing) throws IOException {
            if (start >= end) {
                return;
            }
            stream.beginText();
            stream.setCharacterSpacing(spacing);
            stream.newLineAtOffset(x, baseline);
            int i = start;
            while (i < end) {
                Face face = run.faces[i];
                float size = run.sizes[i];
                StringBuilder text = new StringBuilder();
                while (i < end && run.faces[i] == face && run.sizes[i] == size) {
                    text.appendCodePoint(run.codePoints[i]);
                    i++;
                }
                stream.setFont(face.font, size);
                stream.showText(text.toString());
            }
            stream.endText();
        }

        /** A table in 小四, its rows broken across pages where they must be, the header rows repeated. */
        void table(TableLayout grid, String caption, float size) throws IOException {
            tableSize = size;
            tablePitch = size * 4 / 3;
            if (caption != null) {
                if (room() < PITCH * 3) {
                    newPage();
                }
                text(List.of(new Span(caption, Role.BOLD, BODY)), 0, BODY, PITCH, true, false);
            }
            float[] columnX = new float[grid.columns() + 1];
            int totalWeight = grid.widths().stream().mapToInt(Integer::intValue).sum();
            columnX[0] = LEFT;
            for (int c = 0; c < grid.columns(); c++) {
                columnX[c + 1] = columnX[c] + WIDTH * grid.widths().get(c) / totalWeight;
            }
            List<LaidRow> rows = new ArrayList<>();
            for (TableLayout.Row row : grid.rows()) {
                rows.add(layRow(row, columnX));
            }
            y -= 4;
            for (int r = 0; r < rows.size(); r++) {
                LaidRow row = rows.get(r);
                int from = 0;
                while (from < row.lines()) {
                    int fit = (int) Math.floor((room() - 2 * CELL_PAD) / tablePitch);
                    boolean wholeRowFitsOnAPage = row.lines() * tablePitch + 2 * CELL_PAD <= PAGE.getHeight() - TOP - BOTTOM;
                    if (fit < 1 || (from == 0 && fit < row.lines() && wholeRowFitsOnAPage && fit < 4)) {
                        newPage();
                        if (r >= grid.headerRows()) {
                            for (int h = 0; h < grid.headerRows(); h++) {
                                drawRow(rows.get(h), 0, rows.get(h).lines());
                            }
                        }
                        continue;
                    }
                    int to = Math.min(row.lines(), from + fit);
                    drawRow(row, from, to);
                    from = to;
                }
            }
            y -= PITCH / 2;
        }

        private record LaidCell(Run run, List<LineBreaker.Line> lines, float x0, float x1, boolean center) {
        }

        private record LaidRow(List<LaidCell> cells) {

            int lines() {
                return cells.stream().mapToInt(c -> c.lines().size()).max().orElse(1);
            }
        }

        private LaidRow layRow(TableLayout.Row row, float[] columnX) {
            List<LaidCell> cells = new ArrayList<>();
            int column = 0;
            for (TableLayout.Cell cell : row.cells()) {
                float x0 = columnX[column];
                float x1 = columnX[Math.min(column + cell.span(), columnX.length - 1)];
                column += cell.span();
                Run run = new Run(List.of(new Span(cell.text(), cell.head() ? Role.BOLD : Role.BODY, tableSize)), fonts);
                float inner = x1 - x0 - 2 * CELL_PAD;
                cells.add(new LaidCell(run, LineBreaker.lines(run.codePoints, run.widths, inner, inner), x0, x1,
                        cell.center()));
            }
            return new LaidRow(cells);
        }

        /** Lines [from, to) of a row: text cell by cell (reading order), then the cell borders. */
        private void drawRow(LaidRow row, int from, int to) throws IOException {
            int span = to - from;
            float height = span * tablePitch + 2 * CELL_PAD;
            boolean whole = from == 0 && to == row.lines();
            for (LaidCell cell : row.cells()) {
                int cellLines = cell.lines().size();
                int first = whole ? 0 : from;
                int last = whole ? cellLines : Math.min(cellLines, to);
                float offset = 0; // top-aligned, as word processors set cells: a row's first line holds every cell's start
                for (int i = first; i < last; i++) {
                    LineBreaker.Line line = cell.lines().get(i);
                    float natural = cell.run().width(line.start(), line.end());
                    float inner = cell.x1() - cell.x0() - 2 * CELL_PAD;
                    float x = cell.x0() + CELL_PAD + (cell.center() ? Math.max(0, (inner - natural) / 2) : 0);
                    float top = y - CELL_PAD - offset - (i - first) * tablePitch;
                    float baseline = top - (tablePitch - tableSize) / 2 - tableSize * ASCENT;
                    drawLine(cell.run(), line.start(), line.end(), x, baseline, 0);
                }
            }
            stream.setLineWidth(0.5f);
            for (LaidCell cell : row.cells()) {
                stream.addRect(cell.x0(), y - height, cell.x1() - cell.x0(), height);
            }
            stream.stroke();
            y -= height;
        }
    }
}
