package org.jixiao.rendering;

/**
 * One placeholder of a template as written: {@code {{unit}}}, {@code {{#indicators}}}, {@code [name]}.
 *
 * @param name  the field or list it names
 * @param list  the list a row's or section's field belongs to ({@code indicators} for {@code [name]}), else null
 * @param where where it stands, in words: 第3段, 表格1第2行第3列, 工作表“自评表”B5
 */
public record Placeholder(String name, String list, String where) {

    /** indicators.name for a list's field, the name for a top-level one. */
    public String path() {
        return list == null ? name : list + "." + name;
    }
}
