package org.jixiao.scoring;

/** Indicator and task names reduced to what identifies them, for looking them up in word lists and last year. */
public final class IndicatorNames {

    private IndicatorNames() {
    }

    /**
     * The name without remarks in brackets (服务对象满意度（%） → 服务对象满意度), whitespace, quotes and
     * list punctuation: one pass over the characters, since lint does this for every indicator.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        if (plain(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '(', '（', '[', '【' -> depth++;
                case ')', '）', ']', '】' -> depth = Math.max(0, depth - 1);
                case ' ', '\t', '\n', '\r', '\u3000', '“', '”', '‘', '’', '"', '\'', '《', '》', '、', '：', ':', '；', ';',
                        '。', '，', ',' -> {
                    // dropped
                }
                default -> {
                    if (depth == 0) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether the name has nothing to drop, as most names: then it is its own normal form. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            switch (name.charAt(i)) {
                case '(', '（', '[', '【', ')', '）', ']', '】', ' ', '\t', '\n', '\r', '\u3000', '“', '”', '‘', '’', '"',
                        '\'', '《', '》', '、', '：', ':', '；', ';', '。', '，', ',':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }
}
