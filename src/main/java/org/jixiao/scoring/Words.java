package org.jixiao.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A word list to look for in text, searched in one pass: a bit per first character (folded to 4096 bits) rejects
 * most characters at once, and a small hash table from a first character to the words that start with it (in the
 * order listed) says which words to compare where one may start.
 * {@code lint} searches every indicator name against several lists, so this replaces a {@code contains} per
 * word per name, and at a character where words start compares only those words, not the whole list.
 */
final class Words {

    private static final int[] NONE = {};

    private final String[] words;
    private final int[] groups;
    /** Open addressing: {@code firsts[h]} is a first character (0 = empty slot), {@code byFirst[h]} its words. */
    private final char[] firsts;
    private final int[][] byFirst;
    private final int mask;
    /** Bit c mod 4096 is set where some word starts with c. */
    private final long[] mayStart = new long[64];

    /** Words each belonging to a group (a kind of task), for counting hits per group. */
    Words(List<String> words, int[] groups) {
        this.words = words.toArray(String[]::new);
        this.groups = groups;
        List<Character> distinct = new ArrayList<>();
        for (String word : this.words) {
            if (word.isEmpty() || word.charAt(0) == 0) {
                throw new IllegalArgumentException("empty word in a word list");
            }
            if (!distinct.contains(word.charAt(0))) {
                distinct.add(word.charAt(0));
            }
        }
        // at most half full, so that a character no word starts with is rejected after a probe or two
        int size = Integer.highestOneBit(Math.max(4, distinct.size() * 4) - 1) << 1;
        this.mask = size - 1;
        this.firsts = new char[size];
        this.byFirst = new int[size][];
        for (char c : distinct) {
            int slot = c & mask;
            while (firsts[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            firsts[slot] = c;
            mayStart[(c >>> 6) & 63] |= 1L << c;
            List<Integer> starting = new ArrayList<>();
            for (int w = 0; w < this.words.length; w++) {
                if (this.words[w].charAt(0) == c) {
                    starting.add(w);
                }
            }
            byFirst[slot] = starting.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Words(List<String> words) {
        this(words, new int[words.size()]);
    }

    /** Whether any word occurs in the text. */
    boolean in(String text) {
        return first(text) != null;
    }

    /** The word that occurs first in the text (the one listed first where several start there), or null. */
    String first(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            for (int w : startingWith(text.charAt(i))) {
                if (text.startsWith(words[w], i)) {
                    return words[w];
                }
            }
        }
        return null;
    }

    /** Adds to {@code counts[group]} the number of different words of each group that occur in the text. */
    void countDistinct(String text, int[] counts) {
        if (text == null) {
            return;
        }
        boolean[] seen = null;
        for (int i = 0; i < text.length(); i++) {
            for (int w : startingWith(text.charAt(i))) {
                if (text.startsWith(words[w], i)) {
                    if (seen == null) {
                        seen = new boolean[words.length];
                    }
                    if (!seen[w]) {
                        seen[w] = true;
                        counts[groups[w]]++;
                    }
                }
            }
        }
    }

    /** The words starting with c, in the order listed; none for most characters. */
    private int[] startingWith(char c) {
        if ((mayStart[(c >>> 6) & 63] & 1L << c) == 0) {
            return NONE;
        }
        int slot = c & mask;
        while (true) {
            char first = firsts[slot];
            if (first == c && c != 0) {
                return byFirst[slot];
            }
            if (first == 0) {
                return NONE;
            }
            slot = (slot + 1) & mask;
        }
    }
}
