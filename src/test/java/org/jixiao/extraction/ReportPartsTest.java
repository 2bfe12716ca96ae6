package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.junit.jupiter.api.Test;

/**
 * What real reports bring besides their sections: an appendix of 自评表, sections that say 无, a title block with the
 * unit's code, an indicator table beside the sentences, numbers spaced from their dots.
 */
class ReportPartsTest {

    private static final String REPORT = """
            某某区文化局
            2023年度某某区文化局部门整体支出绩效自评报告
            单位编码：440103001
            主管部门：某某区人民政府
            一、基本情况
            （一）部门职能
            负责全区文化工作。
            （二）部门整体收支情况
            全年预算数100.00万元，执行数90.00万元，完成预算的90%。
            （三）部门整体支出绩效目标
            1.办好群众文化活动。
            （四）部门年度重点工作任务
            1.群众文化活动。期望达到的目标：全年举办活动50场。
            二、综合评价分析
            （一）自评结论综述
            （未填写自评结论）
            （二）各重点工作任务绩效目标完成情况分析
            1.群众文化活动项目
            支出完成情况：年度支出预算数80.00万元，预算完成数72.00万元，执行率90%。
            项目负责人：王小明
            目标实际完成情况及主要成效：全年举办活动52场。
            指标完成情况：一是举办活动场次52场，年度指标值50场，完成绩效目标；二是群众满意度：实际完成值基本达成，年度指标值达到预期。
            HEADS
            ROW1
            ROW2
            （三）主要工作成效
            无。
            三、存在的主要问题
            场馆设施老化。
            四、下一步改进措施
            加快场馆改造。
            附件：绩效自评表
            项目支出绩效自评表（1.群众文化活动）
            项目名称\t群众文化活动
            全年预算数\t80.00
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
            产出指标\t数量指标\t举办活动场次\t50场\t52场\t50※\t50.00※
            """.replace("HEADS", columns("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成情况"))
            .replace("ROW1", columns("产出指标", "数量指标", "举办活动场次", "50场", "52场", "完成"))
            .replace("ROW2", columns("满意度指标（推断）", "服务对象满意度指标", "群众满意度", "达到预期", "基本达成", ""));

    /** A table row laid out as PDF text is: each cell at its column, 12 characters apart. */
    private static String columns(String... cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            line.append(cell).append(" ".repeat(12 - cell.length()));
        }
        return line.toString().stripTrailing();
    }

    private static EvaluationDocument read() {
        return new ReportExtractor().extract("report.txt", REPORT.getBytes(StandardCharsets.UTF_8)).document();
    }

    @Test
    void aDepartmentReportWithItsFormsAppendedIsStillADepartmentReportReadUpToItsAppendix() {
        EvaluationDocument document = read();

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.keyTasks()).hasSize(1);
        assertThat(document.measures()).containsExactly("加快场馆改造。");
    }

    @Test
    void theTitleBlockGivesTheUnitsCodeAndParent() {
        assertThat(read().department()).isEqualTo(new Department("某某区文化局", "440103001", "某某区", "某某区人民政府", null));
    }

    @Test
    void aSectionThatSaysNothingIsAbsent() {
        EvaluationDocument document = read();

        assertThat(document.conclusion()).isNull();
        assertThat(document.achievements()).isEmpty();
    }

    @Test
    void theProjectLeaderStandsInTheTasksAnalysis() {
        assertThat(read().keyTasks().get(0).leader()).isEqualTo("王小明");
    }

    @Test
    void sentencesAndTableMergeByNameAndAnActualOfWordsIsNoVerdict() {
        List<Indicator> indicators = read().keyTasks().get(0).indicators();

        assertThat(indicators).extracting(Indicator::name).containsExactly("举办活动场次", "群众满意度");
        Indicator count = indicators.get(0);
        assertThat(count.level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
        assertThat(count.levelInferred()).isFalse();
        assertThat(count.met()).isTrue();
        Indicator satisfaction = indicators.get(1);
        assertThat(satisfaction.level1()).isEqualTo(IndicatorCategory.SATISFACTION);
        assertThat(satisfaction.levelInferred()).as("（推断） in the level cell").isTrue();
        assertThat(satisfaction.actual().text()).isEqualTo("基本达成");
        assertThat(satisfaction.met()).as("基本达成 is the actual value, not a verdict").isNull();
    }

    @Test
    void aPageNumberUnderATableIsNoPartOfItsLastRow() {
        // the layout of a PDF page whose table ends just above the page number; the next page begins after \f
        String layout = """
                一级指标      二级指标        三级指标        实施周期指标值          年度指标值       实际完成值        完成情况      分值    得分
                产出指标      时效指标      开展讲座              ≤12场         12场           12场        完成       24    23
                效益指标      社会效益      受益家庭                         3个工作日内        达到预期          完成       15    14
                （推断）        指标      户数
                                                                                                        — 3 —
                \f   第 4 页，共 9 页
                """;

        List<Indicator> indicators = IndicatorTables.of(LayoutGrid.of(layout)).get(0).indicators();

        assertThat(indicators).extracting(Indicator::name).containsExactly("开展讲座", "受益家庭户数");
        assertThat(indicators.get(1).weight()).isEqualByComparingTo("15");
        assertThat(indicators.get(1).score()).isEqualByComparingTo("14");
        assertThat(ReportText.isPageMark("  第 4 页，共 9 页")).isTrue();
        assertThat(ReportText.isPageMark("15")).as("a bare number may be a cell").isFalse();
    }

    @Test
    void figuresMarkedAsComputedAreNotTheSources() {
        String form = """
                项目支出绩效自评表
                项目名称\t某项目
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
                产出指标\t数量指标\t举办活动场次\t50场\t52场\t50※\t50.00※
                产出指标\t质量指标\t活动合格率\t100%\t100%\t40\t40
                """;

        EvaluationDocument document = new ReportExtractor().extract("form.txt", form.getBytes(StandardCharsets.UTF_8))
                .document();

        List<Indicator> indicators = document.keyTasks().get(0).indicators();
        assertThat(indicators.get(0).weight()).isNull();
        assertThat(indicators.get(0).score()).isNull();
        assertThat(indicators.get(1).weight()).isEqualByComparingTo("40");
    }

    @Test
    void aNumberSpacedFromItsDotStillNumbersAnItem() {
        assertThat(NumberedItems.texts("1 .办好群众文化活动。2.加快场馆改造。"))
                .containsExactly("办好群众文化活动。", "加快场馆改造。");
    }

    @Test
    void aLoneFirstItemAfterALeadInIsAnItem() {
        assertThat(NumberedItems.texts("某某局的主要职责是：1.负责全区文化工作。")).containsExactly("负责全区文化工作。");
    }
}
