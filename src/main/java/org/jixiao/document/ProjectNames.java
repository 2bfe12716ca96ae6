package org.jixiao.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two mentions are one project, across years and steps (the ex-ante request, the goal sheet, the
 * self-evaluation): by its code (项目编码) where both have one, else by its name as people retype it, its spaces,
 * quotation marks and the width of its characters aside (“城乡 供水（二期）” is “城乡供水(二期)”). Nothing is guessed
 * beyond that: two names that differ in a character are two projects.
 */
public final class ProjectNames {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000\"'“”‘’「」『』]+");

    private ProjectNames() {
    }

    /** The name as it is compared: NFKC (full-width letters, digits and brackets as half-width), no spaces or quotes. */
    public static String normalised(String name) {
        if (name == null) {
            return "";
        }
        return IGNORED.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The code as it is compared: trimmed, half-width, upper case; null where there is none. */
    public static String code(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return IGNORED.matcher(Normalizer.normalize(code, Normalizer.Form.NFKC)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** One project: the same code where both have one (whatever the names), else the same name normalised. */
    public static boolean same(String name, String code, String otherName, String otherCode) {
        String a = code(code);
        String b = code(otherCode);
        if (a != null && b != null) {
            return a.equals(b);
        }
        return !normalised(name).isEmpty() && normalised(name).equals(normalised(otherName));
    }
}
