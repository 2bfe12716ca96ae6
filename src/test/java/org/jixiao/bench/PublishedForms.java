package org.jixiao.bench;

/** Two 自评表 in the layouts units publish them, written for the benchmark (units and figures made up). */
final class PublishedForms {

    private PublishedForms() {
    }

    /** A form one cell a line, after a web page's chrome, with 12 indicators. */
    static String cellALine() {
        StringBuilder text = new StringBuilder(String.join("\n", "首页 > 信息公开 > 财政预决算", "2024年度项目支出绩效自评表",
                "发布时间：2025-04-02　来源：某县文化馆　浏览次数：", "项目支出绩效自评表", "（2024年度）", "项目名称", "乡村文艺巡演经费",
                "主管部门", "某县文化和旅游局", "实施单位", "某县文化馆", "项目资金", "（万元）", "年初预算数", "全年预算数", "全年执行数", "分值",
                "执行率", "得分", "年度资金总额：", "60", "56", "50.4", "10", "90%", "9", "年度总体目标", "预期目标", "实际完成情况",
                "全年送戏下乡40场。", "全年送戏下乡42场。", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                "得分", "偏差原因分析及改进措施", "产出指标", "数量指标"));
        for (int i = 1; i <= 12; i++) {
            text.append("\n指标").append(i).append("：送戏下乡第").append(i).append("片区场次\n≥").append(i * 3).append("场\n")
                    .append(i * 3 + 1).append("场\n5\n5");
        }
        return text.append("\n总分\n100\n96\n").toString();
    }

    /** A workbook flattened onto one line by a publishing site, its cells between single spaces, values displaced. */
    static String sheetOnOneLine() {
        return "保洁项目绩效自评表.xlsx\n某县项目支出绩效自评表 (2021年度) 项目名称 城区道路保洁 主管部门 某县住房和城乡建设局 "
                + "项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 "
                + "120 114 10 95% 9.5 120 114 — 95% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 "
                + "保洁道路120公里 保洁道路120公里 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 "
                + "指标1:保洁道路长度 绩 效 指 标 某县环境卫生管理所 产出 指标 (50分 ) 实际 指标值 完成值 120公里 分值 得分 "
                + "偏差原因分析及改进措 施 120公里 30 30 质量指标 指标1:道路保洁达标 率 95% 96% 20 20 效益指 标(30 分) 社会效益 "
                + "指标1:市民出行环境改善 明显改善 明显改善 30 28 满意度 指标 服务对象满 指标1:市民满意度 (10分 意度指标 ) "
                + "90% 92% 10 10 总分";
    }
}
