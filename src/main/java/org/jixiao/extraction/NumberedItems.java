package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Splits a section into its numbered items. Of the numberings that count up from 1 (1. 2. 3., 一是 二是, ① ②,
 * ...), the one that begins first wins, so that 一是 inside item 6 of a 1.–6. list stays in item 6. A number
 * counts only where an item can begin: at the start, after a sentence or clause ends, or at a line start.
 */
final class NumberedItems {

    /** One item: where its number begins and where its text begins and ends. */
    record Item(int markerStart, int start, int end, Numbering numbering) {
    }

    private NumberedItems() {
    }

    /** The item texts, without their numbers; a text without numbering is one item; blank text none. */
    static List<String> texts(String text) {
        List<Item> items = find(text, position -> false);
        if (items.isEmpty()) {
            return text.isBlank() ? List.of() : List.of(text.strip());
        }
        List<String> texts = new ArrayList<>();
        for (Item item : items) {
            // a trailing ；or ， separates items; after 一是… the closing 。 goes too, as the clause is the item
            String body = Chars.trimPunctuation(text.substring(item.start, item.end),
                    item.numbering == Numbering.CHINESE_SHI ? "；;，,。" : "；;，,");
            if (!body.isEmpty()) {
                texts.add(body);
            }
        }
        return texts;
    }

    /** The numbered items of the text; {@code lineStart} tells where the source had a line start. */
    static List<Item> find(String text, IntPredicate lineStart) {
        Numbering[] numberings = Numbering.values();
        List<List<int[]>> marks = candidates(text, numberings);
        List<Item> best = List.of();
        for (Numbering numbering : numberings) {
            List<Item> items = sequence(text, numbering, marks.get(numbering.ordinal()), lineStart);
            if (!items.isEmpty() && (best.isEmpty() || items.get(0).markerStart < best.get(0).markerStart
                    || (items.get(0).markerStart == best.get(0).markerStart && items.size() > best.size()))) {
                best = items;
            }
        }
        return best;
    }

    /**
     * Every place a number of each numbering stands, as {start, end, value}, in one pass over the text: the
     * patterns are tried only where a number can begin (a digit, a Chinese numeral, a bracket, ①).
     */
    private static List<List<int[]>> candidates(String text, Numbering[] numberings) {
        List<List<int[]>> marks = new ArrayList<>();
        Matcher[] matchers = new Matcher[numberings.length];
        for (Numbering numbering : numberings) {
            marks.add(new ArrayList<>());
            matchers[numbering.ordinal()] = numbering.matcher(text).useTransparentBounds(true);
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Numbering.mayStart(text.charAt(i))) {
                continue;
            }
            for (Numbering numbering : numberings) {
                Matcher m = matchers[numbering.ordinal()];
                m.region(i, Math.min(text.length(), i + 8));
                if (m.lookingAt()) {
                    marks.get(numbering.ordinal()).add(new int[] {i, m.end(), Numbering.value(m.group(1))});
                }
            }
        }
        return marks;
    }

    /** Numbers 1, 2, 3 ... of one numbering, each the first one after the previous. */
    private static List<Item> sequence(String text, Numbering numbering, List<int[]> candidates,
            IntPredicate lineStart) {
        List<int[]> marks = new ArrayList<>();
        int expected = 1;
        for (int[] candidate : candidates) {
            if (candidate[2] == expected && canBegin(text, candidate[0], numbering, lineStart)) {
                marks.add(candidate);
                expected++;
            }
        }
        if (marks.isEmpty() || (marks.size() == 1 && marks.get(0)[0] != 0 && !afterLeadIn(text, marks.get(0)[0]))) {
            return List.of(); // a lone 1. inside a sentence is no list, unless a lead-in (主要职责是：) opens it
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            items.add(new Item(marks.get(i)[0], marks.get(i)[1], end, numbering));
        }
        return items;
    }

    private static boolean afterLeadIn(String text, int at) {
        return at > 0 && "：:".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static boolean canBegin(String text, int at, Numbering numbering, IntPredicate lineStart) {
        if (at == 0 || lineStart.test(at)) {
            return true;
        }
        char before = text.charAt(at - 1);
        if ("。；;：:！？!?\n".indexOf(before) >= 0 || Chars.isSpace(before)) {
            return true;
        }
        return numbering == Numbering.CHINESE_SHI && "，,、".indexOf(before) >= 0;
    }
}
