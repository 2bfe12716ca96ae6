package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.document.KeyTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Running text made canonical, titles read for unit and year, key tasks merged by name. */
class TextAndTitlesTest {

    @Test
    void pdfLineBreaksPageNumbersAndPageHeadersGo() {
        String text = "某某局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n全年预算数 1\n2,001.23 万元，执\n\n- 1 -\f"
                + "某某局2023年度部门整体支出绩效自评报告\n行数 100 万元。\n\n第 2 页 共 3 页\f某某局2023年度部门整体支出绩效自评报告\n完。\n2/3";

        assertThat(ReportText.of(text).flow())
                .isEqualTo("某某局2023年度部门整体支出绩效自评报告一、基本情况全年预算数12,001.23万元，执行数100万元。完。");
    }

    @Test
    void aSentenceThatOpensTheTextAndStandsAgainLaterIsNoRepeatedTitle() {
        // the first lines may be a title printed again further on; an item that is a sentence is not
        String text = "一、基本情况\n（一）单位职能\n1.开展活动十场。\n三、主要工作成效\n1.开展活动十场。\n四、自评结论\n完成。";

        assertThat(ReportText.of(text).flow()).isEqualTo("一、基本情况（一）单位职能1.开展活动十场。三、主要工作成效1.开展活动十场。四、自评结论完成。");
    }

    @Test
    void spacesNextToChineseGoAndOthersStay() {
        assertThat(Chars.canonical(" 广 州 市  PM2.5 monitoring　达标 ")).isEqualTo("广州市PM2.5 monitoring达标");
        assertThat(Chars.parseView("１,２３４．５ 万元，１ ０００％")).isEqualTo("1234.5万元，1000%");
        // a full-width comma separates clauses, also between figures: 100，200 are two amounts
        assertThat(Chars.parseView("拨款100，基金200")).isEqualTo("拨款100，基金200");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023 年度广州市荔湾区妇女联合会部门整体支出绩效自评报告|广州市荔湾区妇女联合会|2023",
        "广州市海珠区卫生健康局2022年度部门整体支出绩效自评报告|广州市海珠区卫生健康局|2022",
        "越秀区司法局２０２３年度部门整体支出绩效自评报告|越秀区司法局|2023",
        "广东省某某厅2021年度整体支出绩效自评报告|广东省某某厅|2021",
    })
    void unitAndYearFromTheTitle(String title, String unit, int year) {
        assertThat(UnitNames.title(title)).isEqualTo(new UnitNames.Title(unit, year));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "广州市荔湾区妇女联合会|广州市荔湾区",
        "广州市档案馆|广州市",
        "番禺区农业农村局|番禺区",
        "中山市社区矫正中心|中山市",
        "广东省财政厅|广东省",
        "妇女联合会|-",
    })
    void regionFromTheUnitsName(String name, String region) {
        assertThat(UnitNames.region(name)).isEqualTo(region);
    }

    @Test
    void tasksMergeByNameWhereOnlyOneMentionCarriesTheSuffix() {
        List<KeyTask> planned = List.of(task("妇联活动及组织建设阵地建设"), task("疫苗接种专项经费项目"), task("老旧小区改造项目"));
        List<KeyTask> analysed = List.of(task("妇联活动及组织建设阵地建设专项经费项目"), task("疫苗接种"), task("老旧小区改造项目"),
                task("只在分析中出现的任务"));

        assertThat(KeyTasks.merge(planned, analysed)).extracting(KeyTask::name).containsExactly(
                "妇联活动及组织建设阵地建设", "疫苗接种", "老旧小区改造项目", "只在分析中出现的任务");
    }

    private static KeyTask task(String name) {
        return new KeyTask(name, null, null, null, null, null, null, List.of(), null);
    }
}
