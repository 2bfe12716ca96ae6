package org.jixiao.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of a .txt report: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as older files are. */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The decoded text; throws for binary content, which no text report has. */
    static String decode(String file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return checked(file, new String(bytes, StandardCharsets.UTF_16));
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = strict(bytes, offset, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, offset, GB18030);
        }
        if (text == null) {
            throw new ExtractionException(file + "：不是文本文件（既非 UTF-8 也非 GB18030 编码）");
        }
        return checked(file, text);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than line breaks, tabs and form feeds mean a binary file. */
    private static String checked(String file, String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        if (control > 0 && control * 100 > text.length()) {
            throw new ExtractionException(file + "：不是文本文件（含二进制内容）");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ExtractionException(file + "：不是文本文件（含二进制内容）");
        }
        return text;
    }
}
