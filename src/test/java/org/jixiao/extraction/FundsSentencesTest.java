package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Funds a report tells in sentences, in the wordings of several provinces: each amount takes the role of the words
 * before it, a stated total wins over its parts, and an amount that cannot be placed stays empty.
 */
class FundsSentencesTest {

    private static final String PROJECT_TITLE = "示例县民政局2022年度困难群众救助资金绩效自评报告\n";
    private static final String UNIT_TITLE = "示例县文化馆2022年度部门整体支出绩效自评报告\n";

    static StatedReport report(String text) {
        return PublishedReportReader.read(SourceText.of(text));
    }

    static EvaluationDocument read(String text) {
        return report(text).document();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "项目全年预算数为300万元，执行数为285万元，完成预算的95%。|300|285|95",
        "该项目预算12.5万元，实际支出10万元，执行率80%。|12.5|10|80",
        "指标金额是60万元，实际拨付金额是58万元，执行率96.67%。|60|58|96.67",
        "投入专项资金8.8万，执行数8.8万，执行率100%。|8.8|8.8|100",
        "全年预算数 1 2 0 . 5 万 元，执行数 1 1 0 万元，预算执行率 91.29 %。|120.5|110|91.29",
        "項目全年預算數為50萬元，執行數為45萬元，執行率90%。|50|45|90",
        "下达专项资金2000万元，目前资金已执行1500万元，预算执行率75%。|2000|1500|75",
        "项目预算资金800万元，资金执行总量780万元，预算执行率为97.5%。|800|780|97.5",
    })
    void budgetExecutionAndRateInOneSentence(String sentence, String budget, String executed, String rate) {
        Funds funds = read(PROJECT_TITLE + "一、资金情况\n" + sentence + "\n").funds();

        assertThat(funds.budget()).isEqualByComparingTo(budget);
        assertThat(funds.executed()).isEqualByComparingTo(executed);
        assertThat(funds.executionRate()).isEqualByComparingTo(rate);
    }

    @Test
    void aSentenceAPageWrappedOverItsLinesIsReadWhole() {
        Funds funds = read(PROJECT_TITLE + """
                一、项目基本情况
                本项目用于保障全县困难群众基本生活，按照相关规定及时足额
                发放救助资金，确保困难群众基本生活得到有效保障，切实兜牢
                民生底线。经县财政局批复，该项目全年预算数为300万元，执行数
                为285万元，完成预算的95%，资金使用符合规定，未发现挤占挪用
                等问题。项目实施过程中，严格按照资金管理办法规范资金使用，
                确保资金安全高效运行，切实发挥财政资金使用效益和社会效益。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("300");
        assertThat(funds.executed()).isEqualByComparingTo("285");
        assertThat(funds.executionRate()).isEqualByComparingTo("95");
    }

    @Test
    void allocationAndPaymentInTheirOwnSentences() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                根据《关于下达2022年救助补助资金预算的通知》（示财社〔2021〕12号），下达2022年救助补助资金12万元。
                二、绩效目标完成情况分析
                1.项目资金到位情况分析。
                2022年救助补助资金12万元已拨付到位。
                2.项目资金执行情况分析。
                2022年度收到县财政局拨入救助补助资金12万元，支付救助补助资金11.5万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.funds().budget()).isEqualByComparingTo("12");
        assertThat(document.funds().executed()).isEqualByComparingTo("11.5");
        assertThat(document.funds().executionRate()).isNull();
        assertThat(document.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.budget()).isEqualByComparingTo("12");
            assertThat(task.executed()).isEqualByComparingTo("11.5");
        });
    }

    @Test
    void aStatedTotalWinsOverTheAmountsOfEachLevelOfGovernment() {
        Funds funds = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                2022年收到中央下达补助资金300万元，自治区下达40万元，地方配套60万元。
                二、绩效目标完成情况分析
                2022年收到财政资金共400万元，其中：中央资金300万元，地方资金40万元，其他资金60万元2022年支出390万元，其中中央资金290万元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("400");
        assertThat(funds.executed()).isEqualByComparingTo("390");
    }

    @Test
    void amountsOfSeveralLevelsWithoutATotalAreNoBudgetAndAWarningNamesTheirLine() {
        StatedReport report = report(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                （一）中央下达预算情况
                2022年我局共收到中央下达救助补助资金900万元。
                （二）省内资金安排情况
                省级下达资金80万元。
                （三）市县资金安排情况
                市县下达资金200.5万元。
                """);

        assertThat(report.document().funds()).isNull();
        assertThat(report.warnings).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("UNCERTAIN_FIGURE");
            assertThat(warning.message()).contains("第 4 行");
        });
    }

    @Test
    void anAllocationThePageHidesLeavesTheBudgetEmpty() {
        // a copy of the page hides most figures behind a link: the one allocation left in sight is not the budget
        StatedReport report = report(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                根据示财指〔2022〕 (略) 文件，下达给我单位资金 点击查看>> 万元，其中：生活补助 点击查看>> 万元，临时救助9.2万元。
                根据示财指〔2022〕 (略) 文件，下达给我单位资金2.4万元。
                二、绩效目标完成情况分析
                救助资金共 点击查看>> 万元，已全部发放。
                """);

        assertThat(report.document().funds() == null ? null : report.document().funds().budget()).isNull();
        assertThat(report.warnings).extracting(w -> w.code()).contains("UNCERTAIN_FIGURE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "项目预算(略)万元，执行数40万元。",
        "项目预算***万元，执行数40万元。",
        "项目预算XX万元，执行数40万元。",
    })
    void aBudgetMaskedAloneIsNoFigureButTheSpendingStands(String sentence) {
        StatedReport report = report(PROJECT_TITLE + "一、资金情况\n" + sentence + "\n");

        assertThat(report.document().funds().budget()).isNull();
        assertThat(report.document().funds().executed()).isEqualByComparingTo("40");
        assertThat(report.warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("被网页隐去"));
    }

    @Test
    void aBatchNamingNoLevelBesideTheLevelsIsNoTotal() {
        StatedReport report = report(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                2022年中央下达专项转移支付预算资金6万元，细化绩效指标后下达我局补助资金3万元。
                本年度收到州级中央补助资金3万元。
                """);

        assertThat(report.document().funds()).isNull();
        assertThat(report.warnings).extracting(w -> w.code()).containsExactly("UNCERTAIN_FIGURE");
    }

    @Test
    void aRateOfSomethingElseOrOfARuleIsNoExecutionRate() {
        Funds funds = read(PROJECT_TITLE + """
                下达资金20万元，政府采购管理执行率100%。
                预算执行率未达到90%的，按比例扣分。
                该项目总成本≤20万元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("20");
        assertThat(funds.executionRate()).isNull();
        assertThat(funds.executed()).isNull();
    }

    @Test
    void aProjectsTotalInvestmentGivesWayToTheYearsBudget() {
        Funds funds = read(PROJECT_TITLE + """
                该项目总投资500万元，分三年实施。2022年度项目预算资金120万元，实际支出115万元，预算执行率95.83%。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("120");
        assertThat(funds.executed()).isEqualByComparingTo("115");
    }

    @Test
    void differentAllocationsWithNothingSayingWhichIsTheBudgetStayEmpty() {
        StatedReport report = report(PROJECT_TITLE + """
                某某财政局文件下达某县2022年水利发展资金263万元。
                某某财政局文件下达某县2022年资金91万元。
                """);

        assertThat(report.document().funds()).isNull();
        assertThat(report.warnings).extracting(w -> w.code()).containsExactly("UNCERTAIN_FIGURE");
    }

    @Test
    void theAdjustedAllocationIsTheBudgetAndTheFirstTheInitialOne() {
        Funds funds = read(PROJECT_TITLE + """
                一、资金基本情况
                2022年救助补助资金下达我区120万元（示财直〔2021〕7号），其中低保资金100万元，孤儿保障金20万元，调减30万元（示财直〔2022〕3号），全年实际下达90万元，已全额划转并执行发放，发放率100%。
                """).funds();

        assertThat(funds.initialBudget()).isEqualByComparingTo("120");
        assertThat(funds.budget()).isEqualByComparingTo("90");
        assertThat(funds.executionRate()).isEqualByComparingTo("100");
    }

    @Test
    void aBudgetOfTheStartOfTheYearIsTheInitialOne() {
        Funds funds = read(PROJECT_TITLE + """
                一、基本情况
                2022年初危房改造资金预算安排150.5万元，用于农户房屋安全。发放补助资金为140万元。
                """).funds();

        assertThat(funds.initialBudget()).isEqualByComparingTo("150.5");
        assertThat(funds.budget()).isNull();
        assertThat(funds.executed()).isEqualByComparingTo("140");
    }

    @Test
    void theInitialAndTheAdjustedBudgetInOneSentence() {
        Funds funds = read(PROJECT_TITLE + """
                一、基本情况
                2022年，本中心实施项目共12个，年初批复预算6个项目500万元（含1个年初结转结余项目30万元），调整预算后项目预算455.8万元，年中增加6个项目，实际到位资金300万元。
                """).funds();

        assertThat(funds.initialBudget()).isEqualByComparingTo("500");
        assertThat(funds.budget()).isEqualByComparingTo("455.8");
        assertThat(funds.executed()).as("money that arrived is not money spent").isNull();
    }

    @Test
    void theStartOfTheYearInAnotherClauseIsNoInitialBudget() {
        Funds funds = read(PROJECT_TITLE + """
                该项目于2022年初向财政局进行资金申报，经审议，批复下达预算资金10万元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("10");
        assertThat(funds.initialBudget()).isNull();
    }

    @Test
    void amountsInYuanBecomeExactTenThousands() {
        Funds funds = read(PROJECT_TITLE + """
                2.资金到位。
                到位资金23500元。
                3.资金使用。
                已兑现困难群众救助资金23,500.50元。
                """).funds();

        assertThat(funds.executed()).isEqualByComparingTo("2.35005");
        assertThat(funds.budget()).as("money that arrived is not the budget").isNull();
    }

    @Test
    void standardsEstimatesComparisonsAndOtherYearsAreNoFunds() {
        EvaluationDocument document = read(PROJECT_TITLE + """
                资助标准为3000元/人，按照每卷2元的标准测算。总经费约需900万元。
                截止2015年已安排项目经费380万元。同比上年度增加20万元。
                “三公”经费财政拨款支出决算为0.5万元。
                """);

        assertThat(document.funds()).isNull();
    }

    @Test
    void anotherYearsMoneyGivesWayToThisYears() {
        Funds funds = read(PROJECT_TITLE + """
                项目自2011年启动，截止2015年已安排项目经费380万元。2022年争取到市级项目资金42万元，用于更换设备。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("42");
    }

    @Test
    void aPaymentRateCountsBesideMoneyAndTheRateOfArrivalNever() {
        Funds funds = read(PROJECT_TITLE + """
                下达资金20万元，资金到位率100%。
                资金预算20万元，支付率95%。
                发放准确率98%。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("20");
        assertThat(funds.executionRate()).isEqualByComparingTo("95");
    }

    @Test
    void partsInBracketsAfterATotalAreParts() {
        Funds funds = read(PROJECT_TITLE + """
                2022年共下达补助资金246万元（其中：下达中央补助资金200万元，下达省级补助资金46万元）。
                2021年12月省财政厅下达补助资金57万元（其中：下达中央补助资金38万元），2022年8月省财政厅下达补助资金189万元。
                2022年全区共完成发放补助资金141.8万元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("246");
        assertThat(funds.executed()).isEqualByComparingTo("141.8");
    }

    @Test
    void theMoneyOfAllTheProjectsInAListIsTheTotalAfterIt() {
        Funds funds = read(PROJECT_TITLE + """
                一、资金情况
                项目资金共2179万元，截止2022年12月8日，已完成拨付2113.63万元，执行率97%。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("2179");
        assertThat(funds.executed()).isEqualByComparingTo("2113.63");
        assertThat(funds.executionRate()).isEqualByComparingTo("97");
    }

    @Test
    void aUnitsSpendingByNatureAndItsCarryOver() {
        EvaluationDocument document = read(UNIT_TITLE + """
                一、基本情况
                （一）部门整体支出概况
                1、收入：792.2万元。同比上年度增加189.2万元。
                2、支出：600.5万元。其中：人员经费支出400万元，公用经费支出50.5万元，项目支出150万元。
                年初财政应返还额度结转结余75.9万元，年末结转结余20万元。
                """);

        Funds funds = document.funds();
        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(funds.executed()).isEqualByComparingTo("600.5");
        assertThat(funds.budget()).as("income is not the budget").isNull();
        assertThat(funds.byNature().personnel()).isEqualByComparingTo("400");
        assertThat(funds.byNature().publicUse()).isEqualByComparingTo("50.5");
        assertThat(funds.byNature().project()).isEqualByComparingTo("150");
        assertThat(funds.carryover()).isEqualByComparingTo("20");
    }

    @Test
    void basicAndProjectSpendingWithThePriorYearsCarryOverLeftOut() {
        Funds funds = read(UNIT_TITLE + """
                （三）年度财政收支：全年实际收入1700万元，其中财政拨款收入1400万元，上年结转结余300万元；全年实际支出1600万元，其中基本支出900万元，项目支出700万元。
                """).funds();

        assertThat(funds.executed()).isEqualByComparingTo("1600");
        assertThat(funds.byNature().basic()).isEqualByComparingTo("900");
        assertThat(funds.byNature().project()).isEqualByComparingTo("700");
        assertThat(funds.carryover()).isNull();
    }

    @Test
    void aPartBySourceAndAKeyTasksOwnFiguresAreNotTheDepartments() {
        Funds funds = NarrativePartsTest.sentences(UNIT_TITLE + """
                一、基本情况
                （二）部门整体收支情况
                全年预算数80万元，执行数76万元，完成预算的95%。
                按资金来源分，一般公共预算财政拨款支出70万元，其他资金支出6万元。
                二、综合评价分析
                （二）各重点工作任务绩效目标完成情况分析
                1.群众文化活动项目
                支出完成情况：年度支出预算数30万元，预算完成数25万元，执行率83.33%。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("80");
        assertThat(funds.executed()).isEqualByComparingTo("76");
        assertThat(funds.executionRate()).isEqualByComparingTo("95");
    }

    @Test
    void aFormsFiguresStandAsRead() {
        Funds funds = read("""
                项目支出绩效自评表
                （2022年度）
                项目名称	示例项目
                主管部门	示例县民政局	实施单位	示例县救助站
                项目资金（万元）	全年预算数	全年执行数	分值	执行率	得分
                年度资金总额	50	40	10	80%	8
                说明：本项目另安排配套资金12万元，实际支出11万元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("50");
        assertThat(funds.executed()).isEqualByComparingTo("40");
    }

    @Test
    void aFigureKeepsTheLineItWasReadOnAndTheSourcesWording() {
        String text = PROJECT_TITLE + "一、资金情况\n項目全年預算數為50萬元。\n";
        ExtractionResult result = new ReportExtractor().extract("report.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().funds().budget()).isEqualByComparingTo("50");
        Map<String, Origin> origins = result.origins();
        assertThat(origins.get("funds.budget").line()).isEqualTo(3);
        String line = text.split("\n")[2];
        Origin origin = origins.get("funds.budget");
        assertThat(line.substring(origin.start(), origin.end())).isEqualTo("50萬元");
    }

    @Test
    void moneyPaidAsTheContractSaysIsSpentAndTheItemsOfANumberedListAreParts() {
        // 约定 is no 约 (about); ①, ② are what the money went to, not what was spent in the year
        Funds funds = read(PROJECT_TITLE + """
                二、绩效目标完成情况分析
                1.项目资金执行情况分析。
                区级年初预算120万元专项资金，已按合同约定和工程进度拨付资金48.5万元。
                2.产出指标完成情况分析。
                年初预算120万元专项资金，具体用于支付：①东街小区改造工程尾款20.3万元；②西街小区改造缺口资金60万元。
                """).funds();

        assertThat(funds.initialBudget()).isEqualByComparingTo("120");
        assertThat(funds.executed()).isEqualByComparingTo("48.5");
    }

    @Test
    void aScoringRulesStandardsAreNoFunds() {
        // the clause of 安排 speaks of a standard per head: the amounts after it are the rule's, not the project's
        EvaluationDocument document = read(PROJECT_TITLE + """
                一、评分标准
                县级财政按照农业人口人均不低于10元标准安排奖补资金的，加1分，达到20元，加2分。
                """);

        assertThat(document.funds()).isNull();
    }

    @Test
    void aTotalClosingASentenceOfPartsIsTheWholeAgain() {
        EvaluationDocument document = read("""
                示例县2023年农村饮水工程维修养护水利发展资金绩效自评报告
                一、概述
                本项目批复总投资48.6万元。其中：下达中央财政资金24.3万元，县财政资金24.3万元，共计下达48.6万元。
                2022年11月20日省水利厅下达投资计划共计24.3万元。
                """);

        assertThat(document.funds().budget()).as("a dated batch is not the year's money").isEqualByComparingTo("48.6");
    }

    @Test
    void oneItemsMoneyInAParagraphOfItemsIsNotTheFunds() {
        EvaluationDocument document = read("""
                示例区2023年中央专项彩票公益金支持地方社会公益事业项目资金绩效自评报告
                一、资金下达情况
                2023年省财政下达我区中央专项彩票公益金300万元。
                二、绩效目标完成情况
                1.资金目标：(1)甲村文化广场项目资金拨付率100%。截至2024年5月已拨付资金86.2万元；(2)乙村健身步道项目资金拨付率100%。目前工程进度过半。
                """);

        assertThat(document.funds().budget()).isEqualByComparingTo("300");
        assertThat(document.funds().executed()).as("one item's payment").isNull();
        assertThat(document.fiscalYear()).isEqualTo(2023);
    }

    @Test
    void aYearInTheTitleOfAnotherDocumentDoesNotDateTheReport() {
        EvaluationDocument document = read("""
                | 所在地区: | 示例省-示例市 | 发布日期: | 2025年6月27日 |
                一、资金下达及绩效情况
                根据《示例省财政厅关于2025年中央专项彩票公益金支持社会公益事业项目资金的通知》文件，2024年省财政下达我区中央专项彩票公益金200万元，用于社区养老设施建设。
                """);

        assertThat(document.fiscalYear()).isEqualTo(2024);
    }

    @Test
    void anUntitledTransferPaymentReportOnTheMinistrysOutline() {
        EvaluationDocument document = read("""
                一、绩效目标分解下达情况
                (一)中央下达城乡供水保障资金预算情况。
                财政部《关于下达2023年城乡供水保障资金预算的通知》，下达某自治区2023年中央城乡供水保障专项资金共计3200万元。
                (二)自治区分配下达资金预算情况。
                共下达3200万元中央资金用于供水工程建设，其中甲县800万元、乙县1200万元、丙县1200万元。
                """);

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).contains("城乡供水保障");
            assertThat(task.budget()).isEqualByComparingTo("3200");
        });
    }

    @Test
    void aDocumentSitesCopyNamedByItsFileThenTheTitleAndTheTextOnOneLine() {
        EvaluationDocument document = read("示例湖2023年整体绩效自评总结报告.docx\n"
                + "示例市湖泊水源调度中心 2023 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。 我单位按照要求开展绩效管理。 "
                + "二 部门(单位)整体和项目绩效自评结果。 一是单位整体绩效自评情况:完成年度调度任务。部门预算总金额 612.40 万元其中:"
                + "基本支出 580.40 万元,项目支出 32.00 万元。 整体绩效自评为优 秀; 二是项目绩效自评情况。我单位共有 1 个项目批复了绩效"
                + "目标,项目金额 32.00 万元。\n");

        assertThat(document.department().name()).isEqualTo("示例市湖泊水源调度中心");
        assertThat(document.funds().budget()).as("the words that say what the year's money is").isEqualByComparingTo("612.4");
        assertThat(document.statedScore().grade()).isEqualTo("优秀");
    }

    @Test
    void anUntitledProjectIsNamedByItsOverviewsFirstWords() {
        EvaluationDocument document = read("""
                一、基本情况
                (一)项目概况
                示例区雨水管网工程(二期)是为进一步提高雨水排放能力，改善城区内涝状况而实施的项目。项目总投资约3.2亿元。
                (二)项目绩效目标
                完成雨水管网建设20公里。
                """);

        assertThat(document.keyTasks().get(0).name()).isEqualTo("示例区雨水管网工程(二期)");
    }

    @Test
    void theMoneyOfADepartmentsSpecialFundsEvaluationsIsNotItsBudget() {
        EvaluationDocument document = read("""
                示例省科学技术厅2023年度部门整体支出绩效自评结果公开
                根据预算管理要求，2023年度我厅开展了部门整体支出绩效自评。同时，还组织对经管的“科技创新专项资金”、“乡村振兴专项资金”等专项资金开展绩效自评，共涉及资金412,350.20万元，占专项资金支出总额的100%。
                """);

        assertThat(document.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(document.funds() == null ? null : document.funds().budget()).isNull();
    }

    @Test
    void anUntitledFundIsNamedByWhatWasGivenNotByWhereTheMoneyWent() {
        EvaluationDocument document = read("""
                一、资金下达及绩效情况
                2023年省财政下达我区中央专项彩票公益金支持社区养老项目资金260万元。
                我区收到文件后，及时将该资金分配拨付到项目建设单位，用于支持项目建设。
                """);

        assertThat(document.keyTasks().get(0).name()).isEqualTo("中央专项彩票公益金支持社区养老项目资金");
        assertThat(document.funds().budget()).isEqualByComparingTo("260");
    }

    @Test
    void whatIsLeftAfterTheSpendingIsTheCarryover() {
        Funds funds = read(PROJECT_TITLE + """
                一、资金情况
                财政预算实际下拨120万元，实际支付1156000.50元，结余43999.50元。
                """).funds();

        assertThat(funds.budget()).isEqualByComparingTo("120");
        assertThat(funds.executed()).isEqualByComparingTo("115.60005");
        assertThat(funds.carryover()).isEqualByComparingTo("4.39995");
    }

    @Test
    void aBalanceWithoutSpendingBeforeItIsNoCarryover() {
        Funds funds = read(PROJECT_TITLE + """
                一、资金情况
                项目预算120万元，结余3万元。
                全年执行数为117万元。
                """).funds();

        assertThat(funds.executed()).isEqualByComparingTo("117");
        assertThat(funds.carryover()).as("no spending before it in its sentence").isNull();
    }

    @Test
    void ofTwoBudgetsTheOneTheStatedRateConfirms() {
        // the central part first, the whole later; 1,260 of 2,000 is the 63% stated, of 1,500 it would be 84%
        EvaluationDocument d = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                (一)中央下达资金情况。中央转移支付补助资金合计1,500万元，用于困难群众基本生活救助。
                二、绩效情况分析
                (一)资金投入情况分析。补助资金共计2,000万元，其中中央资金1,500万元，县级资金500万元。全年支出为1,260万元，当年结余为740万元预算总执行率为63%，结余结转下年使用。
                """);

        assertThat(d.funds().budget()).isEqualByComparingTo("2000");
        assertThat(d.funds().executed()).isEqualByComparingTo("1260");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("63");
    }

    @Test
    void twoBudgetsNoRateToDecideLeaveTheBudgetEmpty() {
        EvaluationDocument d = read(PROJECT_TITLE + """
                一、绩效目标分解下达情况
                (一)中央下达资金情况。中央转移支付补助资金合计1,500万元，用于困难群众基本生活救助。
                二、绩效情况分析
                (一)资金投入情况分析。补助资金共计2,000万元，其中中央资金1,500万元，县级资金500万元。全年支出为1,260万元。
                """);

        assertThat(d.funds().budget()).isNull();
        assertThat(d.funds().executed()).isEqualByComparingTo("1260");
    }
}
