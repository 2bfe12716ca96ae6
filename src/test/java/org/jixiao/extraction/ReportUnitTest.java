package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.junit.jupiter.api.Test;

/**
 * Whose report it is, where the text names the unit only in passing: a site's banner is not the unit, a pronoun
 * (我厅) names no one, a letter is signed by its office, a notice attaches the unit's report, and 乡村 is the
 * countryside, not a township. Texts written for these tests.
 */
class ReportUnitTest {

    private final ReportExtractor extractor = new ReportExtractor();

    private EvaluationDocument read(String text) {
        return extractor.extract("report.txt", text.getBytes(StandardCharsets.UTF_8)).document();
    }

    @Test
    void aSiteBannerAboveTheTitleIsNoPartOfIt() {
        String text = String.join("\n", "欢迎来到示例县人民政府示例县预决算公开”专题频道", "",
                "示例县林业局2023年度部门决算", "", "来源: 发布时间:2024-09-10 浏览次数:0 次", "", "第一部分 部门概况", "",
                "一、主要职责", "", "(一)负责全县森林资源的保护和管理。");

        EvaluationDocument d = read(text);

        assertThat(d.department().name()).isEqualTo("示例县林业局");
        assertThat(d.fiscalYear()).isEqualTo(2023);
    }

    @Test
    void aLetterNamingOnlyItsPlaceIsSignedByTheOffice() {
        String text = String.join("\n", "示例县乡村振兴指挥部:",
                "现将2024年示例县青山镇河口村排水沟建设项目绩效目标自评报告如下:", "一、绩效目标分解下达情况",
                "我镇计划新建排水沟800m，安排项目资金30万元。", "二、绩效目标完成情况分析", "项目已验收结算，受益群众满意度100%。",
                "示例县青山镇人民政府", "2025年1月6日", "");

        EvaluationDocument d = read(text);

        assertThat(d.department().name()).isEqualTo("示例县青山镇人民政府");
        assertThat(d.keyTasks().get(0).name()).contains("河口村排水沟建设");
    }

    @Test
    void aNoticeCallingTheUnitWeNamesItByTheReportItAttaches() {
        String text = String.join("\n", "根据预算管理要求，2023年度我厅开展了部门整体支出绩效自评，涉及一般公共预算支出12,000.50万元。",
                "我厅严格按照要求开展自评工作，2023年度部门整体支出绩效自评等次均为优秀。",
                "附 件:1.某省农业农村厅2023年度部门整体支出绩效自评报告", "2.2023年度“某专项资金”绩效自评报告");

        EvaluationDocument d = read(text);

        assertThat(d.department().name()).isEqualTo("某省农业农村厅");
        assertThat(d.statedScore().grade()).isEqualTo("优秀");
    }

    @Test
    void aTitleNamingAFundNamesNoUnit() {
        // a province's report on one central fund: the words left of the title once its place and year are gone are
        // the fund's name, not the unit's
        String text = String.join("\n", "示例省2022年度中央林业草原防灾资金绩效自评报告", "", "发布时间:2023-06-01 10:00:00", "",
                "一、中央林业草原防灾资金(森林防火巡护补助经费)", "", "(一)绩效目标分解下达情况。", "",
                "2022年共投入森林防火巡护补助经费预算800万元。其中,中央转移支付资金600万元,省级配套资金200万元,专项用于巡护工作。", "",
                "年度绩效目标:按方案开展巡护，及时发现和处置火情。", "", "(二)绩效目标完成情况分析。", "", "1.资金投入情况分析。", "",
                "(1)项目资金投入情况。800万元资金全部拨付到位,资金到位率100%。", "",
                "(2)项目资金执行情况。实际执行760万元,项目执行率95%。其中中央补助执行580万元,省级配套资金执行180万元。", "");

        EvaluationDocument d = read(text);

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.department() == null ? null : d.department().name()).as("the fund is no unit")
                .isNotEqualTo("中央林业草原防灾资金");
        assertThat(d.keyTasks().get(0).budget()).isEqualByComparingTo("800");
        assertThat(d.keyTasks().get(0).executionRate()).isEqualByComparingTo("95");
    }

    @Test
    void aPronounAloneNamesNoUnit() {
        // the first sentence, long, read as the title: its 我厅 is no unit's name
        String text = String.join("\n", "根据财政预算管理要求,2023年度我厅开展了部门整体支出绩效自评(含预算归口管理单位12个),"
                + "涉及一般公共预算支出500万元。同时,还对经管的“某产业发展专项资金”开展绩效自评,共涉及资金300万元,"
                + "占专项资金支出总额的100%。另外,省财政厅委托第三方机构对另一专项资金开展了重点绩效评价。",
                "我厅严格按照要求开展自评工作,2023年度部门整体支出绩效自评等级为优。");

        EvaluationDocument d = read(text);

        assertThat(d.department() == null ? null : d.department().name()).isNull();
        assertThat(d.statedScore().grade()).isEqualTo("优");
    }

    @Test
    void theCountrysideInAFundsNameIsNoTownship() {
        String text = String.join("\n", "某市2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告", "一、资金安排情况",
                "2024年度安排财政衔接资金300万元，建设5个项目。");

        EvaluationDocument d = read(text);

        assertThat(d.keyTasks().get(0).name()).isEqualTo("财政衔接推进乡村振兴补助资金");
    }

    @Test
    void theLeaderNamedInASentence() {
        String text = String.join("\n", "某区2022年道路改造项目绩效自评报告", "一、项目基本情况",
                "主管部门为某区住房和城乡建设局", "项目负责人为钱某某联系电话:13800000000。",
                "项目预算经费为120万元，2022年支付120万元。");

        EvaluationDocument d = read(text);

        assertThat(d.keyTasks().get(0).leader()).isEqualTo("钱某某");
    }
}
