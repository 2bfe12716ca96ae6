package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A part of the prose as its numbered items, each with where it stands: 1. 2., 1、 2、, （1） or 1） (a report may
 * mix them: "1）… （2）…"), 一、 （一）, 一是 二是, 第一，第二，, ① ②. Of the numberings that count up from 1 the one that
 * begins first wins, so that a 一是 inside item 3 stays in item 3. A number counts where an item can begin: at the
 * part's start, at a line's start, after whitespace or a sentence's or clause's end; once a list has begun, the
 * next number counts even right after a word where a page lost the punctuation ("…幸福指数2.切实保障…"). A part
 * without numbers is one item a paragraph; what says it has nothing (无, 暂无) is none.
 */
final class ItemList {

    /** Each numbering with the characters its numbers begin with: tried only where one of them stands. */
    private enum Family {
        ARABIC(DIGITS, "(\\d{1,2})(?:、|\\.(?![\\d%]))", false),
        ARABIC_PAREN("(" + DIGITS, "\\((\\d{1,2})\\)|(?<![\\d(])(\\d{1,2})\\)", false),
        CHINESE(NUMERALS, "([一二三四五六七八九十]{1,3})、", false),
        CHINESE_PAREN("(", "\\(([一二三四五六七八九十]{1,3})\\)", false),
        SHI(NUMERALS, "([一二三四五六七八九十]{1,3})是", true),
        ORDINAL("第", "第([一二三四五六七八九十]{1,3})(?:[，,、:]|是)", true),
        CIRCLED("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", "([①-⑳])", false);

        final FirstChars pattern;
        /** Whether the number opens a clause: it may follow a comma, and the item's closing 。 goes with it. */
        final boolean clause;

        Family(String first, String regex, boolean clause) {
            this.pattern = new FirstChars(first, regex);
            this.clause = clause;
        }
    }

    private static final String DIGITS = "0123456789";
    private static final String NUMERALS = "一二三四五六七八九十";

    /** One item: where its number begins, where its text begins and ends. */
    record Item(int marker, int start, int end, boolean clause) {
    }

    private ItemList() {
    }

    /** The numbered items between two prose positions, or an empty list where the text is not numbered. */
    static List<Item> numbered(Prose prose, int from, int to) {
        List<Item> best = List.of();
        for (Family family : Family.values()) {
            List<Item> items = sequence(prose, from, to, family);
            if (!items.isEmpty() && (best.isEmpty() || items.get(0).marker() < best.get(0).marker()
                    || (items.get(0).marker() == best.get(0).marker() && items.size() > best.size()))) {
                best = items;
            }
        }
        return best;
    }

    /**
     * The texts of the part's items, without their numbers, each with where it stands; paragraphs where it is not
     * numbered, and for {@code clauses} a single paragraph cut at its semicolons (主要职能是…；…；…). Items saying
     * nothing, and repeats of an item already read (a list printed twice), are left out.
     */
    static List<Value<String>> texts(Prose prose, int from, int to, boolean clauses) {
        List<Value<String>> texts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        addTexts(prose, from, to, clauses, texts, seen);
        return texts;
    }

    /** Adds the part's item texts to {@code texts}, leaving out those whose words {@code seen} already holds. */
    static void addTexts(Prose prose, int from, int to, boolean clauses, List<Value<String>> texts, Set<String> seen) {
        int start = Math.max(0, from);
        int end = Math.min(prose.length(), to);
        if (start >= end || Unfilled.is(prose.original(start, end))) {
            return;
        }
        List<Item> items = numbered(prose, start, end);
        if (!items.isEmpty()) {
            Item first = items.get(0);
            String lead = prose.original(start, first.marker());
            String raw = prose.text().substring(start, first.marker()).strip();
            if (lead.length() >= 8 && !raw.endsWith(":") && !lead.contains("如下")) {
                add(prose, start, first.marker(), false, texts, seen);
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int itemEnd = item.end();
                if (i == items.size() - 1 && items.size() >= 3) {
                    itemEnd = lastItemEnd(prose, items, itemEnd);
                }
                add(prose, item.start(), itemEnd, item.clause(), texts, seen);
            }
            return;
        }
        List<int[]> paragraphs = new ArrayList<>();
        for (int p = start; p < end; ) {
            int paragraphEnd = Math.min(end, prose.paragraphEnd(p));
            if (paragraphEnd > p) {
                paragraphs.add(new int[] {p, paragraphEnd});
            }
            p = paragraphEnd + 1;
        }
        if (clauses && paragraphs.size() == 1) {
            int[] only = paragraphs.get(0);
            int p = only[0];
            for (int k = only[0]; k <= only[1]; k++) {
                if (k == only[1] || prose.charAt(k) == ';' || prose.charAt(k) == '；') {
                    add(prose, p, k, false, texts, seen);
                    p = k + 1;
                }
            }
            return;
        }
        // paragraphs that each begin with their number, the page having lost what followed it: 1使… 2… 3此…
        boolean counted = paragraphs.size() >= 2;
        for (int i = 0; i < paragraphs.size() && counted; i++) {
            String number = String.valueOf(i + 1);
            int at = paragraphs.get(i)[0];
            counted = prose.text().startsWith(number, at) && at + number.length() < paragraphs.get(i)[1];
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            int[] paragraph = paragraphs.get(i);
            add(prose, paragraph[0] + (counted ? String.valueOf(i + 1).length() : 0), paragraph[1], false, texts, seen);
        }
    }

    /** The last item ends with its first sentence where every item before it is one sentence. */
    private static int lastItemEnd(Prose prose, List<Item> items, int end) {
        for (int i = 0; i < items.size() - 1; i++) {
            Item item = items.get(i);
            String text = prose.text().substring(item.start(), item.end());
            int stop = text.indexOf('。');
            if (stop >= 0 && stop < Chars.trimPunctuation(text, "。；;，,\n").length() - 1) {
                return end;
            }
        }
        Item last = items.get(items.size() - 1);
        int stop = prose.text().indexOf('。', last.start());
        if (stop >= 0 && stop + 1 < end && !prose.original(stop + 1, end).isBlank()) {
            return stop + 1;
        }
        return end;
    }

    private static void add(Prose prose, int start, int end, boolean clause, List<Value<String>> texts,
            Set<String> seen) {
        if (end <= start) {
            return;
        }
        String text = Chars.trimPunctuation(Chars.canonical(prose.raw(start, end)), clause ? ":：,，;；、。" : ":：,，;；、");
        String lead = Chars.trimPunctuation(text, ":：,，;；、。");
        if (lead.isEmpty() || Unfilled.is(text) || !Chars.hasWordChar(lead)) {
            return;
        }
        String key = words(text);
        if (!seen.add(key)) {
            return;
        }
        texts.add(prose.valueAt(text, start, end));
    }

    /** The words of a text without punctuation and quotes: how two printings of one item compare. */
    static String words(String text) {
        return Chars.wordChars(Folding.fold(text));
    }

    private static List<Item> sequence(Prose prose, int from, int to, Family family) {
        String text = prose.text();
        Matcher m = family.pattern.matcher(text);
        m.useTransparentBounds(true);
        List<int[]> marks = new ArrayList<>();
        int expected = 1;
        for (int at = from; family.pattern.find(m, text, at, to); at = m.end()) {
            String digits = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
            int value = digits == null ? -1 : Numbering.value(digits);
            if (value != expected || !canBegin(prose, m.start(), m.end(), from, family, expected)) {
                continue;
            }
            marks.add(new int[] {m.start(), m.end()});
            expected++;
        }
        if (marks.isEmpty() || (marks.size() == 1 && marks.get(0)[0] != from && !afterLeadIn(text, marks.get(0)[0]))) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : to;
            items.add(new Item(marks.get(i)[0], marks.get(i)[1], end, family.clause));
        }
        return items;
    }

    private static boolean afterLeadIn(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == ':' || text.charAt(at - 1) == '\n');
    }

    private static boolean canBegin(Prose prose, int at, int markerEnd, int from, Family family, int expected) {
        if (at == from || prose.startsLine(at) || prose.gapBefore(at)) {
            return true;
        }
        char before = prose.charAt(at - 1);
        if ("。;:!?.\n".indexOf(before) >= 0) {
            return true;
        }
        if (family.clause && "，,、".indexOf(before) >= 0) {
            return true;
        }
        if (family == Family.ARABIC_PAREN && "，,、".indexOf(before) >= 0) {
            return true;
        }
        // a list under way: its next number right after a word, where the page lost the punctuation before it
        return expected > 1 && family == Family.ARABIC && !Character.isDigit(before) && before != '.'
                && markerEnd < prose.length() && Character.UnicodeScript.of(prose.charAt(markerEnd))
                        == Character.UnicodeScript.HAN;
    }
}
