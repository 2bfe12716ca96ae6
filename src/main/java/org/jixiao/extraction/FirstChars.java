package org.jixiao.extraction;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern looked for only where a match can begin. Java's regex tries a pattern at every character of the text, and
 * one that opens with optional words tries each of them there; a report of 5,000 characters costs a millisecond a
 * pattern. For patterns that match no empty text, have no anchors (^, $, \b) and look behind only at their start,
 * where a negative lookbehind of single characters ({@code (?<![\d.,])}) is stated as the characters it refuses.
 */
final class FirstChars {

    /** The characters a match can begin with. */
    private final char[] chars;
    /** A bit for each of them, by its low six bits: most characters are passed over on this alone. */
    private final long bits;
    /** The characters a match cannot follow (the pattern's opening lookbehind), or null. */
    private final String notAfter;
    private final Pattern pattern;

    FirstChars(String chars, String regex) {
        this(chars, null, regex);
    }

    FirstChars(String chars, String notAfter, String regex) {
        this.chars = chars.toCharArray();
        long bits = 0;
        for (char c : this.chars) {
            bits |= 1L << c;
        }
        this.bits = bits;
        this.notAfter = notAfter;
        this.pattern = Pattern.compile(regex);
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The next match at or after {@code from} in the whole text, as {@link Matcher#find(int)} finds it. */
    boolean find(Matcher m, String text, int from) {
        return find(m, text, from, text.length());
    }

    /**
     * The next match between {@code from} and {@code to}, as {@link Matcher#find()} finds it in that region with the
     * matcher's bounds (opaque unless it was told otherwise): the pattern is tried at the positions where one of the
     * first characters stands. The matcher's region is left from the match's start to {@code to}.
     */
    boolean find(Matcher m, String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length()); // where Matcher.region would refuse the range
        // with opaque bounds the lookbehind sees nothing before the region's start, as in the region from..to
        int seen = m.hasTransparentBounds() ? 1 : from + 1;
        for (int i = from; i < to; i++) {
            if (mayBegin(text.charAt(i))
                    && (notAfter == null || i < seen || notAfter.indexOf(text.charAt(i - 1)) < 0)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean mayBegin(char c) {
        if ((bits & (1L << c)) == 0) {
            return false;
        }
        for (char first : chars) {
            if (first == c) {
                return true;
            }
        }
        return false;
    }
}
