package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.extraction.FundsSentencesTest.read;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.junit.jupiter.api.Test;

/**
 * A unit's summary over several projects is one document whose key tasks are the projects, in the source's order,
 * each with the name, funds and goal its own part states; a single project's report is not one.
 */
class ProjectSummaryTest {

    @Test
    void projectsOpenedByProjectOneProjectTwo() {
        EvaluationDocument document = read("""
                根据《示例旗财政局关于开展2023年度转移支付绩效自评工作的通知》（示财发〔2024〕5号）文件要求，示例苏木人民政府开展了绩效自评工作，涉及项目3个，项目绩效自评结果综述如下：
                项目一：示财农〔2023〕38号甲嘎查集体经济项目，项目全年预算数20万元，执行数18万元，完成预算的90%。已按照要求进行了公示。
                项目二：示财农〔2023〕38号乙加工车间建设项目资金，项目全年预算数*元，执行数*元，完成预算的100%。改善牧民生活条件。
                项目三：边民补助，项目全年预算数78.*元，执行数78.*元，完成预算的100%。受益人群261人。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .containsExactly("甲嘎查集体经济", "乙加工车间建设项目资金", "边民补助");
        KeyTask first = document.keyTasks().get(0);
        assertThat(first.budget()).isEqualByComparingTo("20");
        assertThat(first.executed()).isEqualByComparingTo("18");
        assertThat(first.executionRate()).isEqualByComparingTo("90");
        KeyTask second = document.keyTasks().get(1);
        assertThat(second.budget()).as("a masked amount is no amount").isNull();
        assertThat(second.executionRate()).isEqualByComparingTo("100");
        assertThat(document.keyTasks().get(2).budget()).isNull();
        assertThat(document.funds()).as("the projects' figures are theirs, not the report's").isNull();
    }

    @Test
    void projectsAsSiblingHeadingsWhereTheTitleNamesNone() {
        EvaluationDocument document = read("""
                示例市档案局2017年度项目绩效自评报告
                一、项目基本情况
                （一）馆藏档案数字化经费项目
                该项目自2011年启动，截止2013年已安排项目经费380万元，总经费约需800万元。争取到市级项目资金42万元，用于更换存储设备。
                （二）馆藏档案日常维护项目
                按照每卷2元的标准测算，争取到市级财政资金21.44万元。
                二、项目绩效目标
                做好档案保护。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.keyTasks()).extracting(KeyTask::name).containsExactly("馆藏档案数字化经费", "馆藏档案日常维护");
        assertThat(document.keyTasks()).extracting(KeyTask::budget)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("42"), new java.math.BigDecimal("21.44"));
    }

    @Test
    void aListOfProjectsWithTheirAmountsAndEachProjectsGoalFurtherOn() {
        EvaluationDocument document = read("""
                示例县民政局2024年度资金绩效自评报告
                一、绩效目标分解下达情况
                （一）下达专项转移支付预算
                2024年度，中央、市级下达转移支付甲慈善项目40万元；乙救助项目2.75万元；丙福利院运行经费项目25.85万元；丁公墓建设补助3万元。共计下达中央、市级转移支付资金71.6万元。
                （二）绩效目标情况
                1.甲慈善项目
                绩效目标：保障全县慈善工作顺利进行。
                2.乙救助项目
                绩效目标：对救助对象开展定期入户调查。
                3.丙福利院运行经费项目
                绩效目标：保障福利院正常运行。
                二、绩效目标完成情况分析
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.funds().budget()).isEqualByComparingTo("71.6");
        assertThat(document.funds().executed()).as("转移支付 is no payment").isNull();
        assertThat(document.keyTasks()).extracting(KeyTask::name).containsExactly("甲慈善", "乙救助", "丙福利院运行经费", "丁公墓建设补助");
        assertThat(document.keyTasks()).extracting(KeyTask::budget)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("40"), new java.math.BigDecimal("2.75"),
                        new java.math.BigDecimal("25.85"), new java.math.BigDecimal("3"));
        assertThat(document.keyTasks()).extracting(KeyTask::expectedGoal)
                .containsExactly("保障全县慈善工作顺利进行", "对救助对象开展定期入户调查", "保障福利院正常运行", null);
        assertThat(document.goals()).as("the projects' goals are theirs").isEmpty();
    }

    @Test
    void aSingleProjectsReportIsNoSummary() {
        EvaluationDocument document = read("""
                示例县司法局2021年度法律援助经费绩效自评报告
                一、项目概况
                （一）项目基本情况
                为困难群众提供法律服务。
                （二）项目绩效目标
                全年办理法律援助案件不少于80件。
                二、项目资金申报及使用情况
                （一）项目资金申报及批复情况
                批复下达预算资金30万元。
                （二）资金计划、到位及使用情况
                实际支出28万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.budget()).isEqualByComparingTo("30");
            assertThat(task.executed()).isEqualByComparingTo("28");
            assertThat(task.expectedGoal()).isEqualTo("全年办理法律援助案件不少于80件。");
        });
    }

    @Test
    void aSingleFundsSubProjectsInOneSentenceAreNoSummary() {
        EvaluationDocument document = read("""
                示例市中央水污染防治转移支付资金2023年度绩效自评报告
                一、绩效目标分解下达情况
                我市获得2023年度中央水污染防治专项资金7000万元其中第一批资金4000万元，分别支持甲湖治理项目3000万元、乙河修复项目1000万元；第二批资金3000万元，分别支持丙渠治理项目3000万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.keyTasks()).hasSize(1);
        assertThat(document.funds().budget()).isEqualByComparingTo("7000");
    }
}
