package org.jixiao.extraction;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the table of traditional characters that {@code Folding} reads (src/main/resources/extraction/traditional.txt)
 * from ICU's Traditional-Simplified transliterator: every character of the Basic Multilingual Plane's Han blocks
 * that ICU turns into one other character, except characters of GB 2312, which simplified text uses as they are
 * (显著 keeps its 著), but for 後 and 於, which GB 2312 has for rare uses and traditional text writes in 以後 and 關於.
 * Run {@code main} to write the file again; {@code TraditionalCharactersTest} checks it.
 */
final class TraditionalTable {

    static final Path FILE = Path.of("src/main/resources/extraction/traditional.txt");

    private TraditionalTable() {
    }

    static String generate() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        StringBuilder table = new StringBuilder("# traditional character, then its simplified form; made by TraditionalTable from ICU\n");
        for (char c = '\u3400'; c <= '\uFAFF'; c++) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                    || (gb2312.canEncode(c) && c != '後' && c != '於')) {
                continue;
            }
            String simplified = toSimplified.transliterate(String.valueOf(c));
            if (simplified.length() == 1 && simplified.charAt(0) != c) {
                table.append(c).append(simplified).append('\n');
            }
        }
        return table.toString();
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
    }
}
