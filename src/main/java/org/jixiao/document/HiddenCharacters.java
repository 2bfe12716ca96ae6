package org.jixiao.document;

/**
 * Characters a name must not hold: Unicode's format characters (general category Cf), which are not seen but change
 * how the text around them shows or compares. The direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 * U+061C) make a unit's name show reversed, so that it reads as another unit's in a reviewer's list, or spoof a
 * downloaded file's extension; the zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen (U+00AD)
 * make two names that look alike differ. No Chinese name of a unit, person, region, task or indicator needs one (the
 * zero-width joiner belongs in emoji and some scripts, not in these names).
 *
 * <p>Names typed (forms, the API, imported documents) are refused with them, naming the field; names read from
 * published reports, whose PDFs carry U+200B and U+FEFF routinely, and file names are stripped of them.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    public static boolean isHidden(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    /** Whether the text holds one. */
    public static boolean in(String text) {
        return text != null && text.codePoints().anyMatch(HiddenCharacters::isHidden);
    }

    /** The text without them; null stays null. */
    public static String strip(String text) {
        if (!in(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isHidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Why the name is refused, naming the field, the character and where it stands ("单位名称含有不可见的文字方向控制符
     * U+202E（第 3 个字符），请删除后重新填写"); null where it holds none.
     */
    public static String problem(String field, String name) {
        if (name == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            position++;
            if (isHidden(c)) {
                return field + "含有不可见的" + kind(c) + " " + String.format("U+%04X", c) + "（第 " + position
                        + " 个字符），请删除后重新填写";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static String kind(int c) {
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            return "文字方向控制符";
        }
        if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) {
            return "零宽字符";
        }
        return c == 0x00AD ? "软连字符" : "格式字符";
    }
}
