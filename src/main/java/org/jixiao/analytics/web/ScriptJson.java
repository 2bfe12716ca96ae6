package org.jixiao.analytics.web;

import org.jixiao.document.DocumentJson;

/**
 * JSON to be written inside a page's {@code <script type="application/json">} block. A script element's text is not
 * HTML: entities are not decoded and the first {@code </script} ends it, so a name a user typed could close the
 * block and open a script of its own. Every character that HTML could read as markup is written as a JSON
 * {@code \\u} escape instead, which JSON.parse reads back as the same character; outside strings JSON has none of
 * them, so the data is unchanged.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    static String of(Object data) {
        return escaped(DocumentJson.compact(data));
    }

    static String escaped(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                // line and paragraph separators end a line in older JavaScript parsers
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
