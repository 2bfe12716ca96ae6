package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.extraction.FundsSentencesTest.read;

import java.math.BigDecimal;
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
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("42"), new BigDecimal("21.44"));
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
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("2.75"),
                        new BigDecimal("25.85"), new BigDecimal("3"));
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

    @Test
    void numberedProjectsRunTogetherWithADocumentSitesPageMarks() {
        EvaluationDocument document = read("""
                1、2023年度项目支出绩效自评总报告根据示例市财政局关于开展单位自评工作的通知要求，对我处2023年度项目支出进 行了自评。现将情况报告如下：一、项目绩效目标情况（一）示例市纪念馆管理处2023年度共有3个项目1、展陈设施维修项目：预算42. 5万元，2023年全年实际支付42. 5万元，使用率100%。维修展柜30组；更换
                2、照明灯具120套。2、文物数字化专项资金项目：预算18万元，2023年全年实际支付15万元，使用率83.33%。完成藏品建档600件。
                3、3、馆区绿化养护经费项目：预算9.6万元，2023年全年实际支付9.6万元，使用率100%。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.department().name()).isEqualTo("示例市纪念馆管理处");
        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .containsExactly("展陈设施维修", "文物数字化专项资金", "馆区绿化养护经费");
        KeyTask first = document.keyTasks().get(0);
        assertThat(first.budget()).as("a PDF's wrap inside a figure").isEqualByComparingTo("42.5");
        assertThat(first.executed()).isEqualByComparingTo("42.5");
        KeyTask second = document.keyTasks().get(1);
        assertThat(second.budget()).isEqualByComparingTo("18");
        assertThat(second.executed()).isEqualByComparingTo("15");
        assertThat(second.executionRate()).isEqualByComparingTo("83.33");
    }

    @Test
    void aListOfTheSourcesOfOneProjectsFundsIsNoSummary() {
        EvaluationDocument document = read("""
                示例县2023年度农村供水保障资金绩效自评报告
                一、资金情况
                1、中央资金：下达300万元，已支付280万元。2、县级配套资金：安排100万元，已支付100万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.keyTasks()).hasSize(1);
    }

    @Test
    void theFundsAnEvaluationCoversListedInOneSentence() {
        EvaluationDocument document = read("""
                示例省财政厅：
                根据有关通知要求，我厅委托第三方机构开展2023年度省级专项资金绩效评价，现将有关情况报送如下：
                一、评价资金范围及目标完成情况
                2023年专项支出绩效评价资金范围包括两个部分：一是纳入清单管理的项目资金，包含城镇老旧小区改造52,000万元、历史街区保护8,500万元、农村公厕建设3,250.5万元；二是部门业务费4,120万元。
                （一）城镇老旧小区改造资金。用于改造老旧小区120个。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .startsWith("城镇老旧小区改造", "历史街区保护", "农村公厕建设");
        assertThat(document.keyTasks()).extracting(KeyTask::budget)
                .usingElementComparator(BigDecimal::compareTo)
                .startsWith(new BigDecimal("52000"), new BigDecimal("8500"),
                        new BigDecimal("3250.5"));
    }

    @Test
    void aDepartmentsReportCountingItsProjectsAndListingThem() {
        EvaluationDocument document = read("""
                示例市水源调度中心2023年整体和项目支出绩效自评总结报告
                一、部门整体绩效自评情况
                部门预算总金额620.50万元。
                二、项目绩效自评情况
                我单位共有2个项目批复了绩效目标，项目金额58.00万元。其中：闸坝运行维修经费40.00万元、水质监测经费18.00万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.keyTasks()).extracting(KeyTask::name).containsExactly("闸坝运行维修经费", "水质监测经费");
        assertThat(document.keyTasks()).extracting(KeyTask::budget)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("18"));
    }

    @Test
    void aListThatDoesNotMatchItsCountGivesNoProjects() {
        EvaluationDocument document = read("""
                示例市水源调度中心2023年整体绩效自评报告
                一、项目绩效自评情况
                我单位共有3个项目批复了绩效目标。其中：闸坝运行维修经费40.00万元、水质监测经费18.00万元。
                """);

        assertThat(document.keyTasks()).extracting(KeyTask::name).doesNotContain("闸坝运行维修经费");
    }

    @Test
    void projectsCountedThenNumberedOneALineWithTheirAmounts() {
        EvaluationDocument document = read("""
                示例县社会保险服务中心2023年项目支出绩效自评报告
                我单位对2023年度项目支出开展了绩效自评，形成本报告。
                一、项目基本情况
                示例县社会保险服务中心2023年参与绩效评价的项目共3个，项目支出120.5万元。具体如下：
                1、参保登记信息化维护费8万元，主要用于系统维护；
                2、社保政策宣传经费2.5万元，主要用于宣传资料印制；
                3、经办能力提升专项资金110万元，主要用于业务培训。
                二、绩效目标完成情况
                全年参保登记1.2万人次。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.department().name()).isEqualTo("示例县社会保险服务中心");
        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .containsExactly("参保登记信息化维护费", "社保政策宣传经费", "经办能力提升专项资金");
        // what the list gives may be spent as well as budgeted: no task is given a budget from it
        assertThat(document.keyTasks()).allSatisfy(t -> assertThat(t.budget()).isNull());
    }

    @Test
    void aNumberedListThatDoesNotMatchTheCountIsNoListOfProjects() {
        EvaluationDocument document = read("""
                示例县社会保险服务中心2023年项目支出绩效自评报告
                一、项目基本情况
                参与绩效评价的项目共4个，项目支出120.5万元。具体如下：
                1、参保登记信息化维护费8万元，主要用于系统维护；
                2、社保政策宣传经费2.5万元，主要用于宣传资料印制。
                """);

        assertThat(document.keyTasks()).extracting(KeyTask::name)
                .doesNotContain("参保登记信息化维护费", "社保政策宣传经费");
    }
}
