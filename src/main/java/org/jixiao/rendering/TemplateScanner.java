package org.jixiao.rendering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a template's text, piece by piece in reading order, for its placeholders and holds them to the vocabulary
 * of {@link TemplateFields}: a field name, a section {{?name}}…{{/name}}, a table's rows {{#list}} with [field] in
 * the row below. Anything else between {{ and }} (an expression, a method call, a picture {{@…}}) is refused with
 * the place it stands, so that nothing a template says can run.
 */
final class TemplateScanner {

    private static final Pattern TAG = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern WELL_FORMED = Pattern.compile("([?/#]?)([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([A-Za-z][A-Za-z0-9]*)]");

    private final boolean sectionsAllowed;
    private final List<Placeholder> found = new ArrayList<>();
    private final Deque<Placeholder> open = new ArrayDeque<>();
    /** The list whose row template is the next table row, set by {{#list}}. */
    private String rowList;
    private String rowListWhere;

    TemplateScanner(boolean sectionsAllowed) {
        this.sectionsAllowed = sectionsAllowed;
    }

    /** One paragraph or cell of text at {@code where}; {@code inTable} for a table cell. */
    void text(String text, String where, boolean inTable) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher tag = TAG.matcher(text);
        int end = 0;
        while (tag.find()) {
            unclosed(text.substring(end, tag.start()), where);
            tag(tag.group(1), where, inTable);
            end = tag.end();
        }
        unclosed(text.substring(end), where);
    }

    /** A row of a table begins: whether it is the row a {{#list}} above repeats. */
    boolean rowStart() {
        return rowList != null;
    }

    /** A table cell's text, in a row that repeats ([field]s) or not ({{…}}). */
    void cell(String text, String where, boolean repeated) {
        if (repeated) {
            rowCell(text, where);
        } else {
            text(text, where, true);
        }
    }

    /** A row ends: the row a {{#list}} repeats ends the list; a {{#list}} in this row makes the next its row. */
    void rowEnd(boolean repeated) {
        if (repeated) {
            rowList = null;
        }
    }

    private void rowCell(String text, String where) {
        Matcher field = ROW_FIELD.matcher(text);
        while (field.find()) {
            String name = field.group(1);
            if (!TemplateFields.LISTS.get(rowList).containsKey(name)) {
                throw new TemplateException(where + "：未知字段“[" + name + "]”，“{{#" + rowList + "}}”（" + rowListWhere
                        + "）的行只能用 " + String.join("、", TemplateFields.LISTS.get(rowList).keySet().stream()
                                .map(f -> "[" + f + "]").toList()));
            }
            found.add(new Placeholder(name, rowList, where));
        }
    }

    String rowList() {
        return rowList;
    }

    /** The placeholders found, after checking that every section was closed. */
    List<Placeholder> finish() {
        if (!open.isEmpty()) {
            Placeholder section = open.peek();
            throw new TemplateException(section.where() + "：“{{?" + section.name() + "}}”未闭合，缺少“{{/"
                    + section.name() + "}}”");
        }
        return List.copyOf(found);
    }

    private void tag(String inside, String where, boolean inTable) {
        String written = "{{" + inside + "}}";
        Matcher parts = WELL_FORMED.matcher(inside.strip());
        if (!parts.matches()) {
            throw new TemplateException(where + "：占位符“" + written + "”不是字段名；模板只能写字段名（如 {{unit}}）、"
                    + "{{?字段}}…{{/字段}} 与 {{#列表}}，不能写表达式");
        }
        String sign = parts.group(1);
        String name = parts.group(2);
        switch (sign) {
            case "?" -> {
                requireSections(written, where);
                known(name, written, where);
                Placeholder section = new Placeholder(name, enclosingList(), where);
                open.push(section);
                found.add(section);
            }
            case "/" -> {
                requireSections(written, where);
                if (open.isEmpty() || !open.peek().name().equals(name)) {
                    throw new TemplateException(where + "：“" + written + "”没有对应的“{{?" + name + "}}”"
                            + (open.isEmpty() ? "" : "，此处应先闭合“{{?" + open.peek().name() + "}}”（" + open.peek().where()
                                    + "）"));
                }
                open.pop();
            }
            case "#" -> {
                if (!TemplateFields.LISTS.containsKey(name)) {
                    throw new TemplateException(where + "：“" + written + "”不是列表；表格行只能按 "
                            + String.join("、", TemplateFields.LISTS.keySet()) + " 重复");
                }
                if (!inTable) {
                    throw new TemplateException(where + "：“" + written + "”须写在表格的单元格里，其下一行为逐项重复的行");
                }
                rowList = name;
                rowListWhere = where;
                found.add(new Placeholder(name, null, where));
            }
            default -> {
                known(name, written, where);
                found.add(new Placeholder(name, enclosingList(), where));
            }
        }
    }

    /** A field of the list whose section encloses it, or a top-level field. */
    private void known(String name, String written, String where) {
        String list = enclosingList();
        if (list != null && TemplateFields.LISTS.get(list).containsKey(name)) {
            return;
        }
        if (!TemplateFields.FIELDS.containsKey(name) && !TemplateFields.LISTS.containsKey(name)) {
            throw new TemplateException(where + "：未知占位符“" + written + "”" + (list == null ? ""
                    : "（在“{{?" + list + "}}”中可用 " + String.join("、", TemplateFields.LISTS.get(list).keySet()) + "）")
                    + "；可用字段见 docs/templates.md");
        }
    }

    private String enclosingList() {
        for (Placeholder section : open) {
            if (TemplateFields.LISTS.containsKey(section.name())) {
                return section.name();
            }
        }
        return null;
    }

    private void requireSections(String written, String where) {
        if (!sectionsAllowed) {
            throw new TemplateException(where + "：Excel 模板不支持段落“" + written + "”；表格行请用 {{#列表}}");
        }
    }

    private static void unclosed(String between, String where) {
        int start = between.indexOf("{{");
        if (start >= 0) {
            String rest = between.substring(start);
            throw new TemplateException(where + "：占位符“" + (rest.length() > 20 ? rest.substring(0, 20) + "…" : rest)
                    + "”未闭合，缺少“}}”");
        }
        int close = between.indexOf("}}");
        if (close >= 0) {
            throw new TemplateException(where + "：多余的“}}”，前面没有“{{”");
        }
    }
}
