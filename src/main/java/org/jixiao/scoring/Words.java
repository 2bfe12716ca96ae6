package org.jixiao.scoring;

import java.util.List;

/**
 * A word list to look for in text, searched in one pass: a bit per possible first character says where a word
 * may start, and only there are the words compared. {@code lint} searches every indicator name against several
 * lists, so this replaces a {@code contains} per word per name.
 */
final class Words {

    private final String[] words;
    private final int[] groups;
    private final long[] starts = new long[1 << 10];

    /** Words each belonging to a group (a kind of task), for counting hits per group. */
    Words(List<String> words, int[] groups) {
        this.words = words.toArray(String[]::new);
        this.groups = groups;
        for (String word : this.words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word in a word list");
            }
            char c = word.charAt(0);
            starts[c >>> 6] |= 1L << c;
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
            char c = text.charAt(i);
            if ((starts[c >>> 6] & 1L << c) != 0) {
                for (String word : words) {
                    if (word.charAt(0) == c && text.startsWith(word, i)) {
                        return word;
                    }
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
            char c = text.charAt(i);
            if ((starts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                if (word.charAt(0) == c && text.startsWith(word, i)) {
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
}
