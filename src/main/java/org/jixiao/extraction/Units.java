package org.jixiao.extraction;

import java.util.Set;

/** Units of measure as tables write them after a figure (12 种, 100 %, 300 元/人). */
final class Units {

    private static final Set<String> UNITS = Set.of("%", "‰", "元", "万元", "亿元", "万", "人", "人次", "次", "个", "种", "户",
            "户次", "场", "场次", "项", "件", "天", "日", "月", "年", "周", "小时", "分钟", "亩", "万亩", "米", "公里", "千米",
            "平方米", "立方米", "台", "套", "辆", "例", "家", "所", "份", "篇", "名", "册", "吨", "间", "座", "张", "处", "条", "本",
            "部", "期", "批", "卷", "页", "课时", "学时", "分", "株", "棵", "头", "只", "羽", "只次", "人/次", "元/人", "个月",
            "工作日", "个工作日", "km", "m", "m2", "㎡", "kg", "万人", "万人次", "千瓦", "kw", "宗", "起", "单", "班", "组", "支",
            "床", "所次", "村", "镇", "网点", "公顷", "斤", "公斤", "箱", "盒", "袋", "块");

    private Units() {
    }

    static boolean isUnit(String text) {
        return UNITS.contains(text);
    }
}
