package org.jixiao.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern looked for only where a match can begin. Java's regex tries a pattern at every character of the text, and
 * one that opens with optional words tries each of them there; a report of 5,000 characters costs a millisecond a
 * pattern. Only for patterns that look at no text before the position they start at.
 */
final class FirstChars {

    /** The characters a match can begin with. */
    private final char[] chars;
    /** A bit for each of them, by its low six bits: most characters are passed over on this alone. */
    private final long bits;
    private final Pattern pattern;

    FirstChars(String chars, String regex) {
        this.chars = chars.toCharArray();
        long bits = 0;
        for (char c : this.chars) {
            bits |= 1L << c;
        }
        this.bits = bits;
        this.pattern = Pattern.compile(regex);
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * The next match at or after {@code from}, as {@link Matcher#find(int)} finds it: the pattern is tried at the
     * positions where one of the first characters stands.
     */
    boolean find(Matcher m, String text, int from) {
        int end = text.length();
        for (int i = from; i < end; i++) {
            if (mayBegin(text.charAt(i))) {
                m.region(i, end);
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
