package org.jixiao.document;

/** Small counts written in Chinese numerals (一, 两, 十二, 三百五十), as targets sometimes are. */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** The value of a numeral below 10,000, or null if the text is not one. */
    static Long parse(String numeral) {
        long total = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // two digits in a row: 一二 is not a numeral
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit >= 0) {
            total += digit;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
