package org.jixiao.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One character for one: the text a reader matches its words against. Traditional characters become simplified
 * (整體支出績效 reads as 整体支出绩效; the table is ICU's Traditional-Simplified, see {@code traditional.txt}), full-width
 * letters, digits and punctuation become ASCII (（万元）：１００％ reads as (万元):100%), and every kind of space
 * (U+00A0, U+3000, the thin ones) becomes a plain space. The full-width comma stays: 100，200 is a list, not a
 * thousands separator. Because a folded text has the length of its original, a value found in the folded text
 * is cut from the original at the same place and keeps the source's wording.
 */
final class Folding {

    private static final char[] TABLE = table();

    private Folding() {
    }

    static char fold(char c) {
        return TABLE[c];
    }

    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[text.charAt(i)];
        }
        return new String(out);
    }

    private static char[] table() {
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        table['，'] = '，';
        for (char c : new char[] {'\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
            '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u200B', '\u202F', '\u205F', '\u3000', '\uFEFF'}) {
            table[c] = ' ';
        }
        table['≧'] = '≥';
        table['⩾'] = '≥';
        table['≦'] = '≤';
        table['⩽'] = '≤';
        table['﹪'] = '%';
        // the small forms some tables print their signs in (﹦ 72890, ﹤5%)
        table['﹦'] = '=';
        table['﹤'] = '<';
        table['﹥'] = '>';
        table['﹢'] = '+';
        table['﹣'] = '-';
        table['﹑'] = '、';
        table['﹙'] = '(';
        table['﹚'] = ')';
        table['﹕'] = ':';
        table['﹔'] = ';';
        table['﹒'] = '.';
        table['–'] = '-';
        table['−'] = '-';
        try (InputStream in = Folding.class.getResourceAsStream("/extraction/traditional.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
