package org.jixiao.support;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;

/** Goal sheets as a unit fills them in: a project's over three years, and a department's. */
public final class GoalSheets {

    private GoalSheets() {
    }

    /** 荔湾区示例文化馆's 社区文化活动, 2026, over three years: funds to the 分, targets for the year and the period. */
    public static GoalSheet project() {
        Department unit = new Department("荔湾区示例文化馆", "440103001", "广州市荔湾区", "广州市荔湾区文化广电旅游体育局", null);
        return new GoalSheet(null, Kind.PROJECT, 2026, unit, "社区文化活动", "2026年1月至2028年12月",
                new GoalFunds(new BigDecimal("120.5"), new BigDecimal("100.254321"), new BigDecimal("20.245679")),
                List.of(), List.of(), "三年内社区文化活动覆盖全区22条街道，群众参与人次逐年提升。",
                "全年举办社区文化活动不少于60场，参与群众满意度达到90%以上。",
                List.of(indicator(IndicatorSubcategory.QUANTITY, "举办社区文化活动场次", "≥180场", "≥60场",
                                TargetBasis.HISTORICAL, "2025年实际举办56场"),
                        indicator(IndicatorSubcategory.QUALITY, "活动方案审核通过率", null, "100%", TargetBasis.PLAN,
                                "《荔湾区公共文化服务三年行动计划》"),
                        indicator(IndicatorSubcategory.TIMELINESS, "活动按计划完成率", null, "≥95%", TargetBasis.PLAN, null),
                        indicator(IndicatorSubcategory.COST, "单场活动平均成本", null, "≤1.8万元", TargetBasis.INDUSTRY,
                                "全市同类活动平均1.9万元"),
                        indicator(IndicatorSubcategory.SOCIAL, "参与群众人次", "≥6万人次", "≥2万人次", TargetBasis.HISTORICAL,
                                null),
                        indicator(IndicatorSubcategory.SERVICE_RECIPIENT, "参与群众满意度", null, "≥90%",
                                TargetBasis.OTHER, "第三方问卷调查")),
                null);
    }

    /** 荔湾区示例档案馆's goals for 2026 as a whole: its duties, three tasks with their budgets, its indicators. */
    public static GoalSheet department() {
        Department unit = new Department("荔湾区示例档案馆（演示）", null, "广州市荔湾区", null, null);
        return new GoalSheet(null, Kind.DEPARTMENT_OVERALL, 2026, unit, null, null,
                new GoalFunds(new BigDecimal("688.34"), new BigDecimal("650"), new BigDecimal("38.34")),
                List.of("负责全区档案资料的收集、整理、保管和利用。", "指导全区机关、团体、企事业单位的档案工作。",
                        "开展档案宣传和爱国主义教育。"),
                List.of(new PlannedTask("档案数字化", "完成馆藏档案数字化扫描120万页。", new BigDecimal("180")),
                        new PlannedTask("档案库房维护", "库房温湿度监控及消防设施维护。", new BigDecimal("45.5")),
                        new PlannedTask("档案宣传教育", "举办档案展览和国际档案日宣传活动。", new BigDecimal("12.34"))),
                null, "全年完成档案数字化120万页，库房安全零事故，服务群众查档利用5000人次以上。",
                List.of(indicator(IndicatorSubcategory.QUANTITY, "档案数字化扫描页数", null, "≥120万页", TargetBasis.PLAN,
                                "年度工作计划"),
                        indicator(IndicatorSubcategory.QUALITY, "数字化成果验收合格率", null, "100%", TargetBasis.INDUSTRY,
                                "《纸质档案数字化规范》"),
                        indicator(IndicatorSubcategory.SOCIAL, "查档利用人次", null, "≥5000人次", TargetBasis.HISTORICAL,
                                "2025年4860人次"),
                        indicator(IndicatorSubcategory.SERVICE_RECIPIENT, "查档群众满意度", null, "≥95%",
                                TargetBasis.INDUSTRY, null)),
                null);
    }

    private static GoalIndicator indicator(IndicatorSubcategory level2, String name, String cycle, String annual,
            TargetBasis basis, String note) {
        IndicatorCategory level1 = level2 == IndicatorSubcategory.COST ? IndicatorCategory.COST : level2.category();
        return new GoalIndicator(level1, level2, name, cycle == null ? null : Target.parse(cycle),
                Target.parse(annual), basis, note, null);
    }
}
