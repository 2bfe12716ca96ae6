package org.jixiao.extraction;

import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;

/**
 * 一级/二级指标: read from a table's wording (产出指标, 数量指标, 服务对象满意度指标 ...), or, where the report does
 * not state them, inferred from the indicator's name and unit. Inference rules, first match wins:
 * 满意度 → satisfaction; 及时/按时/按期/时间/时限/时效/进度 → timeliness; 成本/费用/经费 or an amount in 元 → cost;
 * 受益/惠及/可持续/生态/经济/社会 → benefit (社会 and 经济 only where the unit is not a count: 社会组织培训次数 is a
 * quantity); 率/合格/达标/质量 → quality; 次/场/个/户/人 and other counting units → quantity; a bare % → quality.
 */
final class IndicatorLevels {

    /** The levels of one indicator. */
    record Levels(IndicatorCategory level1, IndicatorSubcategory level2, Boolean inferred) {
    }

    private static final Pattern SATISFACTION = Pattern.compile("满意");
    private static final Pattern TIMELINESS = Pattern.compile("及时|按时|按期|时间|时限|时效|进度|周期|期限");
    private static final Pattern COST = Pattern.compile("成本|费用|经费|单价|补助标准|(?<![美欧日港])元");
    private static final Pattern ECOLOGICAL = Pattern.compile("生态|绿化|节能|减排");
    private static final Pattern SUSTAINABLE = Pattern.compile("可持续|长效|持续");
    private static final Pattern BENEFIT_SOCIAL = Pattern.compile("受益|惠及|带动|社会");
    private static final Pattern BENEFIT_ECONOMIC = Pattern.compile("经济|增收|收入");
    private static final Pattern QUALITY = Pattern.compile("率|合格|达标|质量|优良|准确");
    private static final Pattern COUNT_NAME = Pattern.compile("次数|数量|人数|户数|个数|场次|人次|场数|项数|家数|件数|页数|天数");
    private static final Set<String> COUNT_UNITS = Set.of("次", "场", "个", "户", "人", "名", "项", "期", "家", "件", "所",
            "份", "篇", "套", "台", "处", "条", "本", "部", "册", "宗", "批", "幅", "人次", "户次", "场次", "间", "座", "张",
            "期次", "班", "支", "组", "单", "例", "起", "棵", "株", "吨", "辆", "公里", "亩", "平方米", "课时", "学时", "页", "卷", "册次", "剂次");

    private IndicatorLevels() {
    }

    /**
     * Levels stated in a table (either may be blank); missing ones are inferred from name and unit. A level the
     * table itself says was inferred (产出指标（推断）) is read as inferred.
     */
    static Levels of(String level1Text, String level2Text, String name, String unit) {
        if (saysNone(level1Text) && saysNone(level2Text)) {
            return new Levels(null, null, null); // the table says the indicator has no level: nothing to infer
        }
        Levels levels = stated(level1Text, level2Text, name, unit);
        if (saysInferred(level1Text) || saysInferred(level2Text)) {
            return new Levels(levels.level1(), levels.level2(), levels.level1() == null && levels.level2() == null
                    ? levels.inferred() : Boolean.TRUE);
        }
        return levels;
    }

    private static final Pattern NONE = Pattern.compile("无|/|／|-|—|——|－");

    private static boolean saysNone(String text) {
        return text != null && NONE.matcher(Chars.parseView(text)).matches();
    }

    private static boolean saysInferred(String text) {
        return text != null && Chars.parseView(text).contains("推断");
    }

    private static Levels stated(String level1Text, String level2Text, String name, String unit) {
        IndicatorCategory level1 = category(level1Text);
        IndicatorSubcategory level2 = subcategory(level2Text);
        if (level2 != null) {
            return new Levels(level1 != null ? level1 : level2.category(), level2, false);
        }
        Levels inferred = infer(name, unit);
        if (level1 == null) {
            return inferred;
        }
        IndicatorSubcategory guess = inferred.level2();
        if (guess != null && guess.fits(level1)) {
            return new Levels(level1, guess, true);
        }
        return new Levels(level1, null, false);
    }

    /** Levels inferred from the name and the unit of the target (%, 次, 万元 ...). */
    static Levels infer(String name, String unit) {
        String n = name == null ? "" : name;
        String u = unit == null ? "" : unit;
        String baseUnit = u.length() > 1 && (u.charAt(0) == '万' || u.charAt(0) == '亿') ? u.substring(1) : u;
        boolean counted = COUNT_UNITS.contains(baseUnit) || COUNT_NAME.matcher(n).find();
        IndicatorSubcategory level2;
        if (SATISFACTION.matcher(n).find()) {
            level2 = IndicatorSubcategory.SERVICE_RECIPIENT;
        } else if (TIMELINESS.matcher(n).find()) {
            level2 = IndicatorSubcategory.TIMELINESS;
        } else if (COST.matcher(n).find() || baseUnit.equals("元")) {
            level2 = IndicatorSubcategory.COST;
        } else if (ECOLOGICAL.matcher(n).find()) {
            level2 = IndicatorSubcategory.ECOLOGICAL;
        } else if (SUSTAINABLE.matcher(n).find()) {
            level2 = IndicatorSubcategory.SUSTAINABLE;
        } else if (n.contains("受益") || n.contains("惠及") || (!counted && BENEFIT_SOCIAL.matcher(n).find())) {
            level2 = IndicatorSubcategory.SOCIAL;
        } else if (!counted && BENEFIT_ECONOMIC.matcher(n).find()) {
            level2 = IndicatorSubcategory.ECONOMIC;
        } else if (QUALITY.matcher(n).find()) {
            level2 = IndicatorSubcategory.QUALITY;
        } else if (counted) {
            level2 = IndicatorSubcategory.QUANTITY;
        } else if (baseUnit.equals("%")) {
            level2 = IndicatorSubcategory.QUALITY;
        } else {
            return new Levels(null, null, null);
        }
        return new Levels(level2.category(), level2, true);
    }

    static IndicatorCategory category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = Chars.parseView(text);
        if (t.contains("产出")) {
            return IndicatorCategory.OUTPUT;
        }
        if (t.contains("效益") || t.contains("效果")) {
            return IndicatorCategory.BENEFIT;
        }
        if (t.contains("满意")) {
            return IndicatorCategory.SATISFACTION;
        }
        if (t.contains("成本")) {
            return IndicatorCategory.COST;
        }
        return null;
    }

    static IndicatorSubcategory subcategory(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = Chars.parseView(text);
        if (t.contains("满意")) {
            return IndicatorSubcategory.SERVICE_RECIPIENT;
        }
        if (t.contains("成本")) {
            return IndicatorSubcategory.COST; // 经济成本, 社会成本, 生态环境成本 are costs
        }
        if (t.contains("数量")) {
            return IndicatorSubcategory.QUANTITY;
        }
        if (t.contains("质量")) {
            return IndicatorSubcategory.QUALITY;
        }
        if (t.contains("时效")) {
            return IndicatorSubcategory.TIMELINESS;
        }
        if (t.contains("经济")) {
            return IndicatorSubcategory.ECONOMIC;
        }
        if (t.contains("社会")) {
            return IndicatorSubcategory.SOCIAL;
        }
        if (t.contains("生态")) {
            return IndicatorSubcategory.ECOLOGICAL;
        }
        if (t.contains("可持续")) {
            return IndicatorSubcategory.SUSTAINABLE;
        }
        return null;
    }
}
