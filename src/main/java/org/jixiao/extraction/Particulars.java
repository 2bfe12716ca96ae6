package org.jixiao.extraction;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's title block may state of its unit besides the name, each on a line of its own under the title:
 * 单位编码：…, 行政区划：…, 主管部门：…
 *
 * @param code   单位编码, or null
 * @param region 行政区划, or null
 * @param parent 主管部门, or null
 */
record Particulars(String code, String region, String parent) {

    /** The title block is the first lines; a label further down belongs to the report's text or its tables. */
    private static final int TITLE_BLOCK = 8;
    private static final Pattern LINE = Pattern.compile("(单位编码|单位代码|预算单位编码|行政区划|主管部门)[：:](.+)");

    /**
     * From the title block: the first lines, and the lines above the report's first heading (一、), where a
     * workbook's 自评表 sheet comes before the sheet of the report.
     */
    static Particulars read(List<String> lines) {
        String code = null;
        String region = null;
        String parent = null;
        int heading = 0;
        while (heading < lines.size() && !Chars.canonical(lines.get(heading)).startsWith("一、")) {
            heading++;
        }
        SortedSet<Integer> block = new TreeSet<>();
        for (int i = 0; i < Math.min(TITLE_BLOCK, lines.size()); i++) {
            block.add(i);
        }
        for (int i = Math.max(0, heading - TITLE_BLOCK); i < Math.min(heading, lines.size()); i++) {
            block.add(i);
        }
        for (int i : block) {
            Matcher m = LINE.matcher(Chars.canonical(lines.get(i)));
            if (!m.matches()) {
                continue;
            }
            String value = Chars.trimPunctuation(m.group(2), "。；;，,");
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1)) {
                case "行政区划" -> region = region == null ? value : region;
                case "主管部门" -> parent = parent == null ? value : parent;
                default -> code = code == null ? value : code;
            }
        }
        return new Particulars(code, region, parent);
    }
}
