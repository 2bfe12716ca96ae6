package org.jixiao.extraction;

import java.util.regex.Pattern;

/**
 * What a report writes where it has nothing to say: 无, 暂无, （未填写…）, （无）. Such a section, item or value
 * states nothing, and is read as absent.
 */
final class Unfilled {

    private static final Pattern NOTHING = Pattern.compile("[（(]?(?:未填写[^（()）]*|无|暂无|不适用)[）)]?[。.]?");

    private Unfilled() {
    }

    /** A form's prompt left in place of an answer: 说明相关任务目标的完成情况(100字以内). */
    private static final Pattern PROMPT = Pattern.compile("[(（]\\s*\\d+\\s*字以内\\s*[)）]|^(?:请|对照|结合|针对|根据)[^。]{0,40}(?:说明|分析|提出|填写)");

    private static final Pattern PROMPT_OPENING = Pattern.compile("请|对照|结合|针对|根据");

    static boolean is(String text) {
        return text == null || text.isBlank() || (mayBeNothing(text) && NOTHING.matcher(Chars.canonical(text)).matches())
                || mayBePrompt(Folding.fold(text));
    }

    /** {@link #PROMPT} found in the folded text, tried only where 字以内 or an opening word (请, 对照 …) stands. */
    private static boolean mayBePrompt(String folded) {
        return (folded.contains("字以内") || PROMPT_OPENING.matcher(folded).lookingAt()) && PROMPT.matcher(folded).find();
    }

    /** Whether the text's first character is one {@link #NOTHING} begins with: most texts are spared canonical(). */
    private static boolean mayBeNothing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                return "（(未无暂不".indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** The text, or null where it states nothing. */
    static String orNull(String text) {
        return is(text) ? null : text;
    }
}
