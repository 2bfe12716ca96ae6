package org.jixiao.extraction;

/**
 * Slips of text recognition in figures, mended one character for one so that positions stay those of the
 * original: letters read for digits (2370人IO for 10, 1O0% for 100%) where they stand among figures and no other
 * letters, and 兀 read for 元 after 万 (15万兀). Elsewhere the letters stay: APP, ISO9001 and OA are words.
 */
final class OcrSlips {

    private static final String LOOK_ALIKES = "IlO";

    private OcrSlips() {
    }

    static String repair(String folded) {
        char[] out = null;
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c == '兀' && i > 0 && folded.charAt(i - 1) == '万') {
                out = set(out, folded, i, '元');
            } else if (LOOK_ALIKES.indexOf(c) >= 0 && (i == 0 || !isLatin(folded.charAt(i - 1)))) {
                int end = i;
                boolean digit = false;
                while (end < n && (LOOK_ALIKES.indexOf(folded.charAt(end)) >= 0 || isDigit(folded.charAt(end)))) {
                    digit |= isDigit(folded.charAt(end));
                    end++;
                }
                if ((end == n || !isLatin(folded.charAt(end))) && (digit || end - i >= 2)) {
                    for (int k = i; k < end; k++) {
                        char d = folded.charAt(k);
                        if (!isDigit(d)) {
                            out = set(out, folded, k, d == 'O' ? '0' : '1');
                        }
                    }
                }
                i = end - 1;
            }
        }
        return out == null ? folded : new String(out);
    }

    private static char[] set(char[] out, String folded, int at, char c) {
        char[] chars = out == null ? folded.toCharArray() : out;
        chars[at] = c;
        return chars;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
