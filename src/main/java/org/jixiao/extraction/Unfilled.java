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

    static boolean is(String text) {
        return text == null || text.isBlank() || NOTHING.matcher(Chars.canonical(text)).matches();
    }

    /** The text, or null where it states nothing. */
    static String orNull(String text) {
        return is(text) ? null : text;
    }
}
