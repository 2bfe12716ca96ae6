package org.jixiao.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces a PDF report is set in, embedded as subsets: the fonts in {@code /rendering/fonts} (OFL, see the
 * README there), standing in for the faces GB/T 9704 names. A heading face that lacks a character draws it
 * in the body face; a character no face has is drawn as □ and reported once as a warning.
 */
final class PdfFonts implements AutoCloseable {

    /** What a face is used for, and the face of GB/T 9704 it stands in for. */
    enum Role {
        /** 仿宋_GB2312: the body. */
        BODY("JixiaoSerifSC-Regular.ttf"),
        /** 方正小标宋简体: the title; bold lead-ins and table heads. */
        BOLD("JixiaoSerifSC-Bold.ttf"),
        /** 黑体: 一、 headings. */
        HEI("JixiaoSansSC-Regular.ttf"),
        /** 楷体_GB2312: （一） headings. */
        KAI("JixiaoKai-Regular.ttf");

        private final String file;

        Role(String file) {
            this.file = file;
        }
    }

    /** Drawn where no face has the character. */
    static final int REPLACEMENT = '□';

    private final PDDocument pdf;
    private final List<String> warnings;
    private final Map<Role, Face> faces = new EnumMap<>(Role.class);
    private final List<TrueTypeFont> opened = new ArrayList<>();
    private final Set<Integer> missing = new LinkedHashSet<>();

    PdfFonts(PDDocument pdf, List<String> warnings) {
        this.pdf = pdf;
        this.warnings = warnings;
    }

    /** One face: the font in the PDF, and its metrics for laying out lines. */
    static final class Face {

        final PDType0Font font;
        private final CmapLookup cmap;
        private final TrueTypeFont ttf;
        private final float unitsPerEm;

        private Face(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsPerEm = ttf.getUnitsPerEm();
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** The advance of a character this face has, in ems. */
        float advance(int codePoint) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Face face(Role role) {
        return faces.computeIfAbsent(role, this::open);
    }

    /**
     * The face that draws the character in the wanted role: that role's, else the body's; null where no face
     * has it (the caller draws {@link #REPLACEMENT} instead).
     */
    Face faceFor(Role role, int codePoint) {
        Face wanted = face(role);
        if (wanted.has(codePoint)) {
            return wanted;
        }
        Face body = face(Role.BODY);
        if (body.has(codePoint)) {
            return body;
        }
        if (missing.add(codePoint)) {
            warnings.add(String.format("PDF 字体缺少字符「%s」(U+%04X)，以□代替", new String(Character.toChars(codePoint)),
                    codePoint));
        }
        return null;
    }

    private Face open(Role role) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontData.of(role)));
            opened.add(ttf);
            return new Face(PDType0Font.load(pdf, ttf, true), ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置字体 " + role.file, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont ttf : opened) {
            ttf.close();
        }
    }

    /** The font files, read from the class path once. */
    private static final class FontData {

        private static final Map<Role, byte[]> DATA = new EnumMap<>(Role.class);

        static {
            for (Role role : Role.values()) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("/rendering/fonts/" + role.file)) {
                    if (in == null) {
                        throw new IllegalStateException("内置字体缺失：/rendering/fonts/" + role.file);
                    }
                    DATA.put(role, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        static byte[] of(Role role) {
            return DATA.get(role);
        }
    }
}
