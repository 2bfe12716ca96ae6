package org.jixiao.document;

/** 二级指标: the second level, each belonging to one first-level category. */
public enum IndicatorSubcategory {
    QUANTITY("数量指标", IndicatorCategory.OUTPUT),
    QUALITY("质量指标", IndicatorCategory.OUTPUT),
    TIMELINESS("时效指标", IndicatorCategory.OUTPUT),
    COST("成本指标", IndicatorCategory.COST),
    ECONOMIC("经济效益指标", IndicatorCategory.BENEFIT),
    SOCIAL("社会效益指标", IndicatorCategory.BENEFIT),
    ECOLOGICAL("生态效益指标", IndicatorCategory.BENEFIT),
    SUSTAINABLE("可持续影响指标", IndicatorCategory.BENEFIT),
    SERVICE_RECIPIENT("服务对象满意度指标", IndicatorCategory.SATISFACTION);

    private final String label;
    private final IndicatorCategory category;

    IndicatorSubcategory(String label, IndicatorCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    /** The first-level category this subcategory belongs to (cost: COST, or OUTPUT where cost is not kept apart). */
    public IndicatorCategory category() {
        return category;
    }

    /** Whether this subcategory may stand under the given first-level category. */
    public boolean fits(IndicatorCategory level1) {
        return level1 == category || (this == COST && level1 == IndicatorCategory.OUTPUT);
    }
}
