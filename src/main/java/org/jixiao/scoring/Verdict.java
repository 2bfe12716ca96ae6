package org.jixiao.scoring;

/**
 * The verdict a qualitative actual value words (docs/document-format.md, {@code rating}): 达成/已完成 achieved,
 * 部分达成/基本达成/基本完成 partly, 未达成/未完成 not achieved. Negations are looked for first, since 未完成
 * contains 完成.
 */
enum Verdict {
    ACHIEVED, PARTLY, NOT_ACHIEVED;

    private static final String[] NOT = {"未达成", "未完成", "未达到", "没有完成", "未实现", "没有达到", "未能完成", "未按期完成"};
    private static final String[] PART = {"部分达成", "基本达成", "基本完成", "部分完成", "基本实现", "部分实现", "基本达到",
        "部分达到"};
    private static final String[] DONE = {"达成", "已完成", "完成", "达到", "实现", "已落实", "落实到位"};

    /** The verdict the wording states, or null where it states none. */
    static Verdict of(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (containsAny(text, NOT)) {
            return NOT_ACHIEVED;
        }
        if (containsAny(text, PART)) {
            return PARTLY;
        }
        return containsAny(text, DONE) ? ACHIEVED : null;
    }

    /** The source's own verdict ({@code met}): true achieved, false not achieved, null none. */
    static Verdict of(Boolean met) {
        return met == null ? null : met ? ACHIEVED : NOT_ACHIEVED;
    }

    String label() {
        return switch (this) {
            case ACHIEVED -> "达成";
            case PARTLY -> "部分达成";
            case NOT_ACHIEVED -> "未达成";
        };
    }

    ScoringProfile.Band band(ScoringProfile.Qualitative qualitative) {
        return switch (this) {
            case ACHIEVED -> qualitative.achieved();
            case PARTLY -> qualitative.partly();
            case NOT_ACHIEVED -> qualitative.notAchieved();
        };
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
