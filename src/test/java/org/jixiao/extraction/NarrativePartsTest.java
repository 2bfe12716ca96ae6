package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.extraction.FundsSentencesTest.read;

import org.jixiao.document.EvaluationDocument;
import org.junit.jupiter.api.Test;

/**
 * Functions, goals, problems, measures and the conclusion as a report tells them: under numbered headings, after a
 * label in the middle of a paragraph, in a heading's own line, or run together on one line; as numbered items in
 * any numbering, or as paragraphs; nothing where the report writes 无.
 */
class NarrativePartsTest {

    private static final String PROJECT_TITLE = "示例县司法局2021年度法律援助经费绩效自评报告\n";
    private static final String UNIT_TITLE = "示例县文化馆2021年度部门整体支出绩效自评报告\n";

    @Test
    void goalsUnderTheirHeadingAsNumberedItems() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、项目概况
                （一）项目基本情况。
                为困难群众提供法律服务。
                （二）项目绩效目标。
                1.全年办理法律援助案件不少于80件。
                2.受援群众满意度达到90%以上。
                二、项目资金申报及使用情况
                已完成项目资金申报。
                """);

        assertThat(document.goals()).containsExactly("全年办理法律援助案件不少于80件。", "受援群众满意度达到90%以上。");
        assertThat(document.keyTasks()).hasSize(1);
    }

    @Test
    void goalsAfterALabelInTheMiddleOfAParagraphAsClauses() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                中央下达法律援助转移支付资金预算50万元。绩效目标：一是开展普法宣传提高群众法治意识；二是为经济困难群众提供无偿法律服务；三是推进司法所规范化建设。
                二、绩效目标完成情况分析
                已完成。
                """);

        assertThat(document.goals()).containsExactly("开展普法宣传提高群众法治意识", "为经济困难群众提供无偿法律服务",
                "推进司法所规范化建设");
    }

    @Test
    void aGoalStatedAsASentence() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                （一）示例县司法局2021年法律援助经费共下达30万元。
                （二）示例县司法局2021年法律援助经费项目绩效目标为保障全县法律援助工作正常开展。
                二、绩效自评工作开展情况
                已开展。
                """);

        assertThat(document.goals()).containsExactly("保障全县法律援助工作正常开展。");
    }

    /** What the sentences alone say, without the readers of forms before them. */
    static EvaluationDocument sentences(String text) {
        SourceText source = SourceText.of(text);
        ReportHead.Head head = ReportHead.read(source);
        StatedReport report = new StatedReport();
        report.kind = head.kind();
        report.year = head.year();
        ReportSentences.read(source, head, report);
        return report.document();
    }

    @Test
    void aListWhosePunctuationThePageLostAndItsSecondPrintingReadOnce() {
        EvaluationDocument document = sentences(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                （一）中央下达预算和绩效目标情况
                此款资金主要用于法律援助。年度总体目标：1.提升困难群众获得感2.保障办案系统安全运行，提高办案质量3.加快推进案件电子化。
                （二）省内资金安排情况
                年度总体目标：
                1.提升困难群众获得感。
                2.保障办案系统“安全”运行，提高办案质量。
                3.加快推进案件电子化。
                """);

        assertThat(document.goals()).containsExactly("提升困难群众获得感", "保障办案系统安全运行，提高办案质量",
                "加快推进案件电子化。");
    }

    @Test
    void theDeepestGoalsHeadingsWin() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                （二）绩效目标情况。
                1、项目绩效总目标
                保障全县法律援助工作有序开展，确保困难群众应援尽援。
                2、项目绩效阶段性目标
                完成省、市、县的考核。
                二、绩效目标完成情况分析
                """);

        assertThat(document.goals()).containsExactly("保障全县法律援助工作有序开展，确保困难群众应援尽援。", "完成省、市、县的考核。");
    }

    @Test
    void problemsAndMeasuresAfterTheirLabelsInOneParagraph() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为92分。发现的主要问题及原因：一是受天气影响，部分活动未能按时开展；二是部分项目预算偏高。下一步改进措施：加快项目进度，严格按照绩效目标推进。
                """);

        assertThat(document.problems()).containsExactly("受天气影响，部分活动未能按时开展", "部分项目预算偏高");
        assertThat(document.measures()).containsExactly("加快项目进度，严格按照绩效目标推进。");
        assertThat(document.statedScore().total()).isEqualByComparingTo("92");
    }

    @Test
    void paragraphsOfAWebPageAreNeverJoinedAndKeepNoLostNumber() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、项目概况
                （二）项目绩效目标。
                1使困难群众遇到突发情况后基本生活得到保障，能得到暂时过渡
                2在年底之前完成全部救助对象的审核审批和救助资金发放工作
                3此项项目申报内容与实际相符，申报目标合理可行。
                二、项目资金申报及使用情况
                """);

        assertThat(document.goals()).containsExactly("使困难群众遇到突发情况后基本生活得到保障，能得到暂时过渡",
                "在年底之前完成全部救助对象的审核审批和救助资金发放工作", "此项项目申报内容与实际相符，申报目标合理可行。");
    }

    @Test
    void aLabelsTextGoesOnPastALineThatStopsMidSentence() {
        EvaluationDocument document = sentences(PROJECT_TITLE + """
                按照预算绩效管理要求，本部门对2021年整体支出开展绩效自评，自评得分
                90 分，存在的问题：一是年初编制项目资金预算时对对象摸底不够准确.二是专项资金申报不够及时.下一步改进措施：一是年初编制预算时应对
                15 项目实施对象准确摸底.二是按要求开展专项工作，按进度申报资金计划.
                2021年部门整体支出绩效评价得分表
                """);

        assertThat(document.problems()).containsExactly("年初编制项目资金预算时对对象摸底不够准确.", "专项资金申报不够及时.");
        assertThat(document.measures()).hasSize(2);
        assertThat(document.measures().get(1)).contains("按进度申报资金计划");
        assertThat(document.statedScore().total()).isEqualByComparingTo("90");
    }

    @Test
    void whatAProjectsGoalsCameToIsItsOutcome() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                二、绩效目标完成情况分析
                （一）资金投入情况分析。
                下达资金30万元，执行数30万元，执行率100%。
                （二）总体绩效目标完成情况分析。
                全年办理法律援助案件92件，受援群众满意度96%，完成年度目标。
                （三）绩效指标完成情况分析。
                1.产出指标完成情况分析。
                """);

        assertThat(document.keyTasks()).singleElement().satisfies(task ->
                assertThat(task.outcome()).isEqualTo("全年办理法律援助案件92件，受援群众满意度96%，完成年度目标"));
    }

    @Test
    void theFormsAppendedAreNotTheReportsSentences() {
        EvaluationDocument document = sentences(UNIT_TITLE + """
                三、存在的主要问题
                1.预算编制不够精准。
                2.细化绩效指标。
                附件：绩效自评表
                项目支出绩效自评表
                项目名称 宣传志愿工作 年度资金总额 10 8 执行率 80%
                """);

        assertThat(document.problems()).containsExactly("预算编制不够精准。", "细化绩效指标。");
        assertThat(document.funds()).isNull();
    }

    @Test
    void aPartSayingNothingGivesNothing() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、自评结论
                （一）自评得分
                项目严格按照方案实施，绩效评分100分，自评为优。
                （二）存在的问题和原因分析
                无。
                （三）下一步拟改进措施及有关建议
                无。
                二、佐证材料
                """);

        assertThat(document.problems()).isEmpty();
        assertThat(document.measures()).isEmpty();
        assertThat(document.statedScore().total()).isEqualByComparingTo("100");
        assertThat(document.statedScore().grade()).isEqualTo("优");
    }

    @Test
    void theConclusionAfterItsLabel() {
        EvaluationDocument document = sentences(PROJECT_TITLE + """
                三、绩效自评结论
                项目自评分：98分
                自评结论：法律援助工作顺利完成目标任务。
                四、绩效指标分析
                """);

        assertThat(document.conclusion()).isEqualTo("法律援助工作顺利完成目标任务");
        assertThat(document.statedScore().total()).isEqualByComparingTo("98");
    }

    @Test
    void anAreasPointsAreNotTheReportsScore() {
        EvaluationDocument document = read("示例县2024年度衔接推进乡村振兴补助资金绩效自评报告\n" + """
                一、资金保障方面，指标评价得分12
                （一）县级履行支出责任情况
                2024年度县本级预算安排衔接资金80万元，指标评价得分7分。
                （二）资金安排使用情况
                资金按规定用途使用，指标评价得分5分。
                """);

        assertThat(document.statedScore()).isNull();
    }

    @Test
    void aCoversFullNameWithItsSealAndTheReviewersFieldsLeftEmpty() {
        EvaluationDocument document = read("""
                部门整体支出绩效评价自评报告
                (2023年度)
                评价类型: 项目实施过程评价 项目完成结果评价
                部门(单位)全称:示例市人民检察院 (公章)
                主管部门审核意见:
                财政部门审核意见:
                填报日期 2024年 2月26日
                示例市财政局制
                部门整体支出绩效评价报告
                一、部门基本情况
                (一)部门职能与机构设置
                1、部门职责
                (1)依法向市人民代表大会及其常务委员会提出议案。
                (2)负责对管辖的刑事案件依法审查批准逮捕、提起公诉。
                (3)受理向本院的控告申诉。
                """);

        assertThat(document.fiscalYear()).isEqualTo(2023);
        assertThat(document.department().name()).isEqualTo("示例市人民检察院");
        assertThat(document.department().parent()).as("the reviewer's field is empty").isNull();
        assertThat(document.functions()).hasSize(3);
    }

    @Test
    void theProjectInBracketsAfterTheTitleWithBracketsOfItsOwn() {
        EvaluationDocument document = read("""
                示例市图书馆2023年度项目支出绩效自评报告(2023年公共图书馆文化馆(站)免费开放市级补助经费)
                一、自评结论
                (一)自评得分
                100分。
                """);

        assertThat(document.keyTasks().get(0).name()).isEqualTo("公共图书馆文化馆(站)免费开放市级补助经费");
        assertThat(document.department().name()).isEqualTo("示例市图书馆");
    }

    @Test
    void functionsNumberedInMixedBracketsAfterTheHeadingOnItsLine() {
        EvaluationDocument document = read(UNIT_TITLE + """
                一、部门基本概况
                （一）主要部门职能及组成：1）组织开展群众文化活动；(2)辅导基层文艺骨干；（3）保护非物质文化遗产。内设5个科室。
                （二）人员结构情况：实有人员30名。
                """);

        assertThat(document.functions()).containsExactly("组织开展群众文化活动", "辅导基层文艺骨干", "保护非物质文化遗产。");
    }

    @Test
    void functionsInOneSentenceCutAtItsSemicolons() {
        EvaluationDocument document = read(UNIT_TITLE + """
                一、基本情况
                示例县文化馆的主要职能是组织群众文化活动；培训基层文艺人才；保护和传承非物质文化遗产。
                （一）部门整体支出概况
                """);

        assertThat(document.functions()).containsExactly("组织群众文化活动", "培训基层文艺人才", "保护和传承非物质文化遗产。");
    }

    @Test
    void aTableOfContentsListsTheHeadingsWithNothingUnderThem() {
        EvaluationDocument document = read("示例县文化馆2021年度部门决算\n" + """
                目录
                第一部分 部门概况
                一、主要职能
                二、机构设置
                第二部分 部门决算情况说明
                一、收入支出决算总体情况说明
                第一部分 部门概况
                一、主要职能
                1.贯彻执行国家文化工作的方针政策。
                2.组织开展全县群众文化活动。
                二、机构设置
                下设办公室等3个股室。
                第四部分 预算绩效情况说明
                部门整体支出绩效自评情况如下。
                """);

        assertThat(document.functions()).containsExactly("贯彻执行国家文化工作的方针政策。", "组织开展全县群众文化活动。");
    }

    @Test
    void dutiesListedWithNoTitleAboveThem() {
        EvaluationDocument document = read("示例县交通运输局2019年度部门决算公开说明\n" + """
                目 录
                （一）贯彻执行国家有关交通运输行业的方针政策，并组织实施。
                （二）拟订全县公路交通运输发展规划。
                （三）承担道路运输市场监管责任。
                （四）负责公路建设市场监管。
                （五）指导公路行业安全生产工作。
                """);

        assertThat(document.functions()).hasSize(5);
        assertThat(document.functions().get(0)).startsWith("贯彻执行国家有关交通运输行业的方针政策");
        assertThat(document.functions().get(4)).startsWith("指导公路行业安全生产工作");
    }

    @Test
    void aNumberedListOfOtherThingsIsNoDuties() {
        EvaluationDocument document = read("示例县交通运输局2019年度部门整体支出绩效自评报告\n" + """
                （一）全年完成道路养护120公里。
                （二）群众满意度达到95%。
                （三）交通事故同比下降。
                （四）资金使用规范。
                """);

        assertThat(document.functions()).isEmpty();
    }

    @Test
    void headingsRunIntoTheTextOnOneLine() {
        EvaluationDocument document = read("示例县编办2021年度专项工作经费绩效自评情况报告 根据县财政局要求，现将情况报告如下："
                + " 一、项目基本情况 （一）项目概况。专项工作经费主要用于机构登记。 （二）项目绩效目标。抓好事业单位分类改革，推进机构编制规范化建设。"
                + " 二、绩效评价工作开展情况 制定了经费管理制度。\n");

        assertThat(document.goals()).containsExactly("抓好事业单位分类改革，推进机构编制规范化建设。");
    }

    @Test
    void aDepartmentsKeyTasksFromItsNumberedList() {
        EvaluationDocument document = read(UNIT_TITLE + """
                一、部门基本情况
                （一）部门职能
                负责全县群众文化工作。
                （三）年度总体工作和重点工作任务
                1、组织文化惠民演出，丰富群众生活。
                2、推进非遗保护传承。
                3、加强队伍建设。
                （四）部门整体支出绩效目标
                我馆部门整体支出绩效目标：一是办好群众文化活动；二是做好非遗保护。
                """);

        assertThat(document.keyTasks()).extracting(t -> t.name())
                .containsExactly("组织文化惠民演出，丰富群众生活", "推进非遗保护传承", "加强队伍建设");
        assertThat(document.goals()).containsExactly("办好群众文化活动", "做好非遗保护");
        assertThat(document.functions()).containsExactly("负责全县群众文化工作。");
    }

    @Test
    void theYearTheSentencesNameWhereTheTitleNamesNone() {
        EvaluationDocument document = read("""
                财政支出项目绩效评价自评报告
                （食品安全工作经费）
                一、项目总体情况
                根据《示例区市场监督管理局主要职责规定》（示政办〔2015〕24号）文件，设立食品安全工作经费。
                （三）资金情况
                区级财政每年安排60万元，由每年年初预算批复下达至我局。2017年实际到位数60万元，支出46.6万元。
                （四）项目实施情况
                该项目实施主体为示例区市场监督管理局。
                """);

        assertThat(document.fiscalYear()).isEqualTo(2017);
        assertThat(document.funds().budget()).isEqualByComparingTo("60");
        assertThat(document.funds().executed()).isEqualByComparingTo("46.6");
        assertThat(document.department().name()).isEqualTo("示例区市场监督管理局");
    }
}
