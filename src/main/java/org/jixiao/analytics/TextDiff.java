package org.jixiao.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a paragraph: Chinese character by character (it has no spaces to split
 * words on), a figure (688.34, 100%) or a Latin word as a whole. The common start and end are set aside first, so
 * that the usual edit of a sentence or a figure costs little; a pair too long for a table of tokens is compared
 * sentence by sentence instead.
 */
public final class TextDiff {

    /** Cells of the comparison table beyond which sentences, not characters, are compared. */
    private static final long MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    public enum Change {
        SAME, REMOVED, ADDED
    }

    /** A run of text that is the same on both sides, only in the old one, or only in the new one. */
    public record Segment(Change change, String text) {
    }

    public static List<Segment> between(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        List<Segment> out = new ArrayList<>();
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        // a figure is compared whole: do not end the common start inside one (6|19.51 against 6|88.34)
        while (prefix > 0 && figure(a.charAt(prefix - 1)) && (figureAt(a, prefix) || figureAt(b, prefix))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        while (suffix > 0 && figure(a.charAt(a.length() - suffix))
                && (figureAt(a, a.length() - suffix - 1) || figureAt(b, b.length() - suffix - 1))) {
            suffix--;
        }
        add(out, Change.SAME, a.substring(0, prefix));
        String midA = a.substring(prefix, a.length() - suffix);
        String midB = b.substring(prefix, b.length() - suffix);
        if ((long) midA.length() * midB.length() > MAX_CELLS) {
            bySentence(midA, midB, out);
        } else {
            byCharacter(toUnits(midA), toUnits(midB), out);
        }
        add(out, Change.SAME, a.substring(a.length() - suffix));
        return out;
    }

    /** Longest common subsequence over units (characters, or sentences), emitted in order. */
    private static void byCharacter(List<String> a, List<String> b, List<Segment> out) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(out, Change.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Change.REMOVED, a.get(i++));
            } else {
                add(out, Change.ADDED, b.get(j++));
            }
        }
        while (i < n) {
            add(out, Change.REMOVED, a.get(i++));
        }
        while (j < m) {
            add(out, Change.ADDED, b.get(j++));
        }
    }

    private static void bySentence(String a, String b, List<Segment> out) {
        List<String> sa = sentences(a);
        List<String> sb = sentences(b);
        if ((long) sa.size() * sb.size() > MAX_CELLS) {
            add(out, Change.REMOVED, a);
            add(out, Change.ADDED, b);
            return;
        }
        byCharacter(sa, sb, out);
    }

    private static boolean figure(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%';
    }

    private static boolean figureAt(String text, int index) {
        return index >= 0 && index < text.length() && figure(text.charAt(index));
    }

    /** Figures and Latin words whole, every other character on its own. */
    private static List<String> toUnits(String text) {
        List<String> units = new ArrayList<>(text.length());
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            units.add(token.group());
        }
        return units;
    }

    private static final Pattern TOKEN =
            Pattern.compile("[0-9][0-9.,%]*|[A-Za-z]+|\\X");

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n') {
                sentences.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Appends, merging with the previous segment of the same kind. */
    private static void add(List<Segment> out, Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(change, last.text() + text));
        } else {
            out.add(new Segment(change, text));
        }
    }
}
