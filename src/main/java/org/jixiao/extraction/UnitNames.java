package org.jixiao.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting unit's name and the fiscal year, from a report's title (2023年度广州市荔湾区妇女联合会部门整体支出
 * 绩效自评报告, or the unit first and the year after it), and the region its name begins with (广州市荔湾区).
 */
final class UnitNames {

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "((?:19|20)\\d{2})年度?+(?!部门|单位|整体)(.{3,40}?)(?:部门|单位)?(?:整体支出|整体)?绩效(?:自评|自我评价|评价)");
    private static final Pattern NAME_FIRST = Pattern.compile(
            "([^\\d，。；：:]{3,40}?)((?:19|20)\\d{2})年度?(?:部门|单位)?(?:整体支出|整体)?(?:绩效)?(?:自评|自我评价|评价)");
    private static final Pattern NAME_LABEL = Pattern.compile("(?:单位名称|部门名称|填报单位|评价单位)[:：]([^，。；:：\\s]{2,40})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    private static final Pattern REGION = Pattern.compile(
            "^(\\p{IsHan}{2,8}?(?:省|自治区))?(\\p{IsHan}{2,8}?市)?(\\p{IsHan}{1,4}?(?:区|县|旗))?");
    private static final Set<String> NOT_DISTRICTS = Set.of("社区", "园区", "小区", "片区", "景区", "校区", "辖区",
            "城区", "街区", "库区", "矿区", "山区", "林区", "牧区", "湾区");
    /** Words no district name ends with (荔湾区 is one, 就业社区 is none). */
    private static final Pattern NOT_A_DISTRICT_END = Pattern.compile("(?:社区|园区|小区|片区|景区|校区|辖区|街区)$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(".{3,40}(?:局|会|委|院|中心|办公室|办|馆|所|站|队|部|处|厅|署|社|团|校|园|学|室|委员会)");

    record Title(String name, Integer year) {
    }

    private UnitNames() {
    }

    /** The unit and year a title names; either may be null. */
    static Title title(String head) {
        String view = Chars.parseView(head);
        Matcher m = YEAR_FIRST.matcher(view);
        if (m.find()) {
            return new Title(clean(m.group(2)), Integer.valueOf(m.group(1)));
        }
        m = NAME_FIRST.matcher(view);
        if (m.find()) {
            return new Title(clean(m.group(1)), Integer.valueOf(m.group(2)));
        }
        Matcher label = NAME_LABEL.matcher(view);
        String name = label.find() ? label.group(1) : null;
        Matcher year = YEAR.matcher(head);
        return new Title(name, year.find() ? Integer.valueOf(Chars.parseView(year.group(1))) : null);
    }

    /** The first year written as 2023年度 anywhere in the text, or null. */
    static Integer anyYear(String text) {
        Matcher year = YEAR.matcher(Chars.parseView(text));
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** A line that looks like a unit's name (ends in 局, 会, 中心 ...), or null. */
    static String unitLike(String line) {
        String compact = Chars.parseView(line);
        return UNIT_SUFFIX.matcher(compact).matches() ? compact : null;
    }

    private static String clean(String name) {
        return Chars.trimPunctuation(name, "：:，,。()（）“”\"");
    }

    /** 广州市荔湾区 from 广州市荔湾区妇女联合会; null where the name begins with no place. */
    static String region(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = REGION.matcher(name);
        if (!m.lookingAt()) {
            return null;
        }
        StringBuilder region = new StringBuilder();
        if (m.group(1) != null) {
            region.append(m.group(1));
        }
        if (m.group(2) != null) {
            region.append(m.group(2));
        }
        if (m.group(3) != null && !NOT_DISTRICTS.contains(m.group(3)) && !NOT_A_DISTRICT_END.matcher(m.group(3)).find()) {
            region.append(m.group(3));
        }
        return region.isEmpty() ? null : region.toString();
    }
}
