package org.jixiao.rendering;

/** 一, 二, … 十九, as reports number their sections (（一）) and points (一是). */
final class ChineseNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumbers() {
    }

    /** The numeral for 1 to 99. */
    static String of(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
