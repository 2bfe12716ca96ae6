package org.jixiao.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List and heading numbers as reports write them: 一、 （一） (一) 1. 1、 （1） 1) ① 一是, in half- or full-width
 * characters. The level says how deep a heading sits: 一、 above （一） above 1. above （1） above ①.
 */
enum Numbering {
    CHINESE_COMMA(1, "([一二三四五六七八九十]{1,3})[、.．]"),
    CHINESE_PAREN(2, "[（(]([一二三四五六七八九十]{1,3})[）)][、.．]?"),
    ARABIC_DOT(3, "([0-9０-９]{1,2}) ?[.．](?![0-9０-９])"), // 1 . where PDF text spaces a justified line
    ARABIC_COMMA(3, "([0-9０-９]{1,2})[、](?![0-9０-９])"),
    ARABIC_PAREN(4, "[（(]([0-9０-９]{1,2})[）)]"),
    ARABIC_HALF_PAREN(4, "(?<![（(0-9０-９])([0-9０-９]{1,2})[）)]"),
    CIRCLED(5, "([①-⑳])"),
    CHINESE_SHI(6, "([一二三四五六七八九十]{1,3})是");

    private final int level;
    private final Pattern pattern;

    Numbering(int level, String regex) {
        this.level = level;
        this.pattern = Pattern.compile(regex);
    }

    int level() {
        return level;
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The numbering that starts the text at {@code position}, or null. */
    static Numbering at(CharSequence text, int position, int[] endOut) {
        if (position < text.length() && !mayStart(text.charAt(position))) {
            return null; // no numbering's pattern need be tried
        }
        for (Numbering numbering : values()) {
            if (numbering == CHINESE_SHI) {
                continue; // 一是 opens a clause, never a heading
            }
            Matcher m = numbering.pattern.matcher(text);
            m.region(position, Math.min(text.length(), position + 8));
            if (m.lookingAt()) {
                endOut[0] = m.end();
                return numbering;
            }
        }
        return null;
    }

    /** Whether a number of some numbering can begin with this character. */
    static boolean mayStart(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '（' || c == '(' || (c >= '①' && c <= '⑳')
                || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** The number a matched numbering stands for (一 → 1, ３ → 3, ② → 2), or -1. */
    static int value(String group) {
        if (group.isEmpty()) {
            return -1;
        }
        char c = group.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (Character.isDigit(c)) {
            int n = 0;
            for (char d : group.toCharArray()) {
                n = n * 10 + Character.digit(Chars.halfWidthDigit(d), 10);
            }
            return n;
        }
        return chinese(group);
    }

    private static int chinese(String numeral) {
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else {
                return -1;
            }
        }
        return total + digit;
    }
}
