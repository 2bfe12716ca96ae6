package org.jixiao.extraction;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Text as reports print it, made canonical: no whitespace next to a Chinese character (PDF text spaces out
 * headings and wraps lines), and a parse view in which full-width digits are half-width and numbers have no
 * spaces or thousands separators.
 */
final class Chars {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    private Chars() {
    }

    /** {@link #isWide} of every character, worked out once: UnicodeScript.of searches Unicode's ranges at each call. */
    private static final BitSet WIDE = new BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (wide((char) c)) {
                WIDE.set(c);
            }
        }
    }

    /** {@link #isWordChar} of every character of the basic plane, worked out once (as {@link #WIDE}). */
    private static final BitSet WORD = new BitSet(0x10000);

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (word(c)) {
                WORD.set(c);
            }
        }
    }

    /** Whether the code point is one of a text's words: {@code [\\p{IsHan}\\p{L}\\d]}, a Chinese character, a letter or a digit. */
    static boolean isWordChar(int codePoint) {
        return codePoint < 0x10000 ? WORD.get(codePoint) : word(codePoint);
    }

    private static boolean word(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN || Character.isLetter(codePoint)
                || (codePoint >= '0' && codePoint <= '9');
    }

    /** The word characters of a text ({@link #isWordChar}), all else left out: a regex class at each character, by a table. */
    static String wordChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether the text has a word character ({@link #isWordChar}). */
    static boolean hasWordChar(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Chinese characters, CJK and full-width punctuation, and the curly quotes Chinese text uses. */
    static boolean isWide(char c) {
        return WIDE.get(c);
    }

    private static boolean wide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u2018' && c <= '\u201F') || c == '\u00B7' || c == '\u2026' || c == '\u2014'
                || (c >= '\u2460' && c <= '\u24FF');
    }

    /** A Chinese character (the Han script). */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** {@link Character#isWhitespace}, answering Chinese characters at once: above U+3000 only U+3000 is whitespace. */
    static boolean isWhitespace(char c) {
        return c >= '\u3000' ? c == '\u3000' : Character.isWhitespace(c);
    }

    static boolean isSpace(char c) {
        if (c >= '\u3000') {
            // above U+3000 only these two are space: Character.isWhitespace would look every Chinese character up
            return c == '\u3000' || c == '\uFEFF';
        }
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** Whitespace next to a wide character dropped, other runs of whitespace made one space, ends stripped. */
    static String canonical(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && isSpace(s.charAt(j))) {
                j++;
            }
            boolean atEdge = out.length() == 0 || j == n;
            boolean nextToWide = !atEdge && (isWide(out.charAt(out.length() - 1)) || isWide(s.charAt(j)));
            if (!atEdge && !nextToWide) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    /** The text without its whitespace: what {@code canonical(s).replace(" ", "")} leaves, in one pass. */
    static String withoutSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Full-width digits, percent sign and decimal point made half-width; every other character kept. */
    static char halfWidthDigit(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '％' -> '%';
            case '．' -> '.';
            case '，' -> '，';
            case '＋' -> '+';
            case '－' -> '-';
            case '＞' -> '>';
            case '＜' -> '<';
            case '＝' -> '=';
            case '～' -> '~';
            case '≧' -> '≥';
            case '≦' -> '≤';
            default -> c;
        };
    }

    /** The text to read figures from: half-width digits, no whitespace, no thousands separators. */
    static String parseView(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(halfWidthDigit(c));
            }
        }
        return THOUSANDS.matcher(out).replaceAll("");
    }

    /** Text without trailing and leading punctuation that separates items (；，。：). */
    static String trimPunctuation(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && (chars.indexOf(s.charAt(start)) >= 0 || isSpace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (chars.indexOf(s.charAt(end - 1)) >= 0 || isSpace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }
}
