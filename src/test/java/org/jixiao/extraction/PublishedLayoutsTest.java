package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.document.Comparison;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The layouts in which units publish their 自评表 and reports, one test each, from texts written for these tests
 * that reproduce each layout (the units, figures and wordings are made up): a web page's chrome before the title,
 * a table one cell a line, between |, between tabs, on one line, a sheet flattened out of order, a document site's
 * preview with the cells run together, traditional characters, other provinces' columns, a table whose header an
 * excerpt lost. What a layout leaves uncertain stays empty, with a warning naming its line.
 */
class PublishedLayoutsTest {

    private final ReportExtractor extractor = new ReportExtractor();

    private ExtractionResult read(String text) {
        return extractor.extract("report.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Indicator indicator(EvaluationDocument d, String name) {
        return d.keyTasks().get(0).indicators().stream().filter(i -> name.equals(i.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name + " in " + d.keyTasks().get(0).indicators()));
    }

    @Nested
    class AProjectFormOneCellALine {

        private static final String FORM = String.join("\n", "首页 > 信息公开 > 财政预决算",
                "2024年度项目支出绩效自评表", "发布时间：2025-04-02 09:30　来源：青禾县文化馆　浏览次数：", "",
                "项目支出绩效自评表", "（2024年度）", "项目名称", "乡村文艺巡演经费", "主管部门", "青禾县文化和旅游局", "实施单位",
                "青禾县文化馆", "项目资金", "（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分",
                "年度资金总额：", "60", "56", "50.4", "10", "90%", "9", "其中：本年财政拨款", "56", "56", "50.4", "—", "90%", "—",
                "上年结转资金", " ", "其他资金", " ", "年度总体目标", "预期目标", "实际完成情况",
                "全年送戏下乡40场，覆盖全县12个乡镇。", "全年送戏下乡42场，覆盖全县12个乡镇。",
                "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                "产出指标", "数量指标", "送戏下乡场次", "≥40场", "42场", "20", "20", "质量指标", "演出验收合格率", "100%", "100%",
                "15", "15", "效益指标", "社会效益指标", "受益群众人次", "≥2万人次", "1.8万人次", "20", "18", "部分场次因天气取消",
                "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "93%", "10", "10", "总分", "100", "96");

        @Test
        void theUnitTheProjectTheYearAndTheFunds() {
            EvaluationDocument d = read(FORM).document();

            assertThat(d.kind()).isEqualTo(Kind.PROJECT);
            assertThat(d.fiscalYear()).isEqualTo(2024);
            assertThat(d.department().name()).isEqualTo("青禾县文化馆");
            assertThat(d.department().parent()).isEqualTo("青禾县文化和旅游局");
            assertThat(d.keyTasks()).hasSize(1);
            assertThat(d.keyTasks().get(0).name()).isEqualTo("乡村文艺巡演经费");
            assertThat(d.funds().initialBudget()).isEqualByComparingTo("60");
            assertThat(d.funds().budget()).isEqualByComparingTo("56");
            assertThat(d.funds().executed()).isEqualByComparingTo("50.4");
            assertThat(d.funds().executionRate()).isEqualByComparingTo("90");
            assertThat(d.funds().bySource()).extracting(s -> s.source()).containsExactly(FundSource.GENERAL_PUBLIC_BUDGET);
            assertThat(d.keyTasks().get(0).budget()).isEqualByComparingTo("56");
        }

        @Test
        void goalsIndicatorsAndTheStatedScore() {
            EvaluationDocument d = read(FORM).document();

            assertThat(d.goals()).containsExactly("全年送戏下乡40场，覆盖全县12个乡镇。");
            assertThat(d.keyTasks().get(0).outcome()).contains("42场");
            assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                    .containsExactly("送戏下乡场次", "演出验收合格率", "受益群众人次", "观众满意度");
            Indicator shows = indicator(d, "送戏下乡场次");
            assertThat(shows.level1()).isEqualTo(IndicatorCategory.OUTPUT);
            assertThat(shows.level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
            assertThat(shows.levelInferred()).isFalse();
            assertThat(shows.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
            assertThat(shows.annualTarget().value()).isEqualByComparingTo("40");
            assertThat(shows.actual().value()).isEqualByComparingTo("42");
            assertThat(shows.weight()).isEqualByComparingTo("20");
            assertThat(shows.score()).isEqualByComparingTo("20");
            Indicator people = indicator(d, "受益群众人次");
            assertThat(people.level1()).isEqualTo(IndicatorCategory.BENEFIT);
            assertThat(people.level2()).isEqualTo(IndicatorSubcategory.SOCIAL);
            assertThat(people.annualTarget().unit()).isEqualTo("万人次");
            assertThat(people.score()).isEqualByComparingTo("18");
            assertThat(people.deviationReason()).isEqualTo("部分场次因天气取消");
            assertThat(indicator(d, "观众满意度").level1()).isEqualTo(IndicatorCategory.SATISFACTION);
            assertThat(d.statedScore().total()).isEqualByComparingTo("96");
        }

        @Test
        void asAPdfTheSameFactsAndThePageOfEach() {
            byte[] pdf = CorpusFiles.textPdf("published-form", FORM);

            ExtractionResult result = extractor.extract("form.pdf", pdf);

            EvaluationDocument d = result.document();
            assertThat(d.department().name()).isEqualTo("青禾县文化馆");
            assertThat(d.funds().executed()).isEqualByComparingTo("50.4");
            assertThat(indicator(d, "观众满意度").actual().value()).isEqualByComparingTo("93");
            // 45 printed lines a page: the budget is on the first page, the last indicator's actual on the second
            assertThat(result.origins().get("funds.budget").page()).isEqualTo(1);
            Origin actual = result.origins().get("keyTasks[0].indicators[3].actual");
            assertThat(actual.page()).isEqualTo(2);
            assertThat(result.sourceText().split("\n", -1)[actual.line() - 1].strip()).isEqualTo("93%");
        }

        @Test
        void eachValueKnowsTheLineItWasReadFrom() {
            ExtractionResult result = read(FORM);
            String[] lines = result.sourceText().split("\n", -1);

            Origin budget = result.origins().get("funds.budget");
            assertThat(lines[budget.line() - 1]).isEqualTo("56");
            Origin name = result.origins().get("department.name");
            assertThat(lines[name.line() - 1].substring(name.start(), name.end())).isEqualTo("青禾县文化馆");
            Origin actual = result.origins().get("keyTasks[0].indicators[0].actual");
            assertThat(lines[actual.line() - 1]).isEqualTo("42场");
            assertThat(actual.page()).isNull();
        }
    }

    @Test
    void anIndicatorNamedAsItsLevelIsNoLevel() {
        String text = String.join("\n", "项目支出绩效自评表", "（2023年度）", "项目名称", "某培训项目", "实施单位", "某培训中心",
                "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "满意度指标", "服务对象满意度指标",
                "服务对象满意度", "≥90%", "96%", "10", "10");

        Indicator satisfaction = read(text).document().keyTasks().get(0).indicators().get(0);

        assertThat(satisfaction.name()).isEqualTo("服务对象满意度");
        assertThat(satisfaction.level2()).isEqualTo(IndicatorSubcategory.SERVICE_RECIPIENT);
        assertThat(satisfaction.actual().value()).isEqualByComparingTo("96");
    }

    @Test
    void aPipeTableWithMergedLevelsCoreMarksAndSubRowsWithoutPoints() {
        String text = String.join("\n", "绩效目标自评表 | | | | |", "（2023年度） | | | | |",
                "项目名称 | 东坪村茶园提质项目 | 项目负责人及电话 | 王某0000-0000000 | |",
                "主管部门 | 县农业农村局 | 实施单位 | 东坪镇人民政府 | |",
                "资金情况 （万元） |", "全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |",
                "年度资金总额： | 20 | 20 | 10 | 100% | 10 | |", "其中：本年财政拨款 | 20 | 20 | 10 | 100% | 10 | |",
                "其他资金 | - | - | |", "年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | |",
                "改造低产茶园300亩，带动农户增收 | 改造低产茶园300亩，农户增收明显 | |",
                "绩效指标 | 一级 指标 |", "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | |",
                "产 出 指 标 (50分) |", "数量指标 | ★改造茶园面积 | 30 | 300亩 | 300亩 | 30 | |",
                "其中一号片区 | 120亩 | 120亩 | |", "其中二号片区 | 180亩 | 180亩 | |",
                "质量指标 | 茶苗成活率 | 20 | 90% | 95% | 20 | |",
                "效 益 指 标 (30分) |", "经济效益 指标 |", "带动农户增收 | 30 | ≥20万元 | 22万元 | 30 | |",
                "满意 度指 标（10分） |", "服务对象满意度指标 | 种植户满意度 | 10 | ≥90% | 96% | 10 | |", "总分 | 100 | | 100 | |");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("东坪镇人民政府");
        assertThat(d.department().parent()).isEqualTo("县农业农村局");
        assertThat(d.funds().budget()).isEqualByComparingTo("20");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("100");
        assertThat(d.goals()).containsExactly("改造低产茶园300亩，带动农户增收");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("改造茶园面积", "茶苗成活率", "带动农户增收", "种植户满意度");
        Indicator area = indicator(d, "改造茶园面积");
        assertThat(area.weight()).isEqualByComparingTo("30");
        assertThat(area.annualTarget().value()).isEqualByComparingTo("300");
        assertThat(area.annualTarget().unit()).isEqualTo("亩");
        Indicator income = indicator(d, "带动农户增收");
        assertThat(income.level1()).isEqualTo(IndicatorCategory.BENEFIT);
        assertThat(income.level2()).isEqualTo(IndicatorSubcategory.ECONOMIC);
        assertThat(income.annualTarget().unit()).isEqualTo("万元");
        assertThat(income.actual().value()).isEqualByComparingTo("22");
        assertThat(indicator(d, "种植户满意度").level1()).isEqualTo(IndicatorCategory.SATISFACTION);
    }

    @Test
    void aTabTableAsASpreadsheetIsCopied() {
        String text = String.join("\n", "项目支出绩效自评表\t\t\t", "（2022年度）", "项目名称\t社区助老服务\t\t",
                "主管部门\t某区民政局\t实施单位\t某区养老服务中心", "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t80\t80\t72\t10\t90%\t9", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "产出指标\t数量指标\t助餐服务人次\t≥5000人次\t5200人次\t30\t30\t", "\t时效指标\t补贴发放及时率\t100%\t98%\t20\t19\t个别月份延迟",
                "总分\t\t\t\t\t100\t93\t");

        EvaluationDocument d = read(text).document();

        assertThat(d.fiscalYear()).isEqualTo(2022);
        assertThat(d.keyTasks().get(0).name()).isEqualTo("社区助老服务");
        assertThat(d.funds().executed()).isEqualByComparingTo("72");
        Indicator timely = indicator(d, "补贴发放及时率");
        assertThat(timely.level1()).isEqualTo(IndicatorCategory.OUTPUT);
        assertThat(timely.level2()).isEqualTo(IndicatorSubcategory.TIMELINESS);
        assertThat(timely.actual().value()).isEqualByComparingTo("98");
        assertThat(timely.score()).isEqualByComparingTo("19");
        assertThat(timely.deviationReason()).isEqualTo("个别月份延迟");
        assertThat(d.statedScore().total()).isEqualByComparingTo("93");
    }

    @Test
    void aSheetFlattenedOnOneLineWithItsValuesDisplaced() {
        // a workbook turned into text by a site: one line, cells between single spaces, merged cells and a few
        // values written where the flattening happened to reach them
        String text = "保洁项目绩效自评表.xlsx\n某县项目支出绩效自评表 (2021年度) 项目名称 城区道路保洁 主管部门 某县住房和城乡建设局 "
                + "项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 "
                + "120 114 10 95% 9.5 120 114 — 95% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 "
                + "保洁道路120公里,垃圾日产日清 保洁道路120公里,垃圾日产日清 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 "
                + "指标1:保洁道路长度 绩 效 指 标 某县环境卫生管理所 产出 指标 (50分 ) 实际 指标值 完成值 120公里 分值 得分 "
                + "偏差原因分析及改进措 施 120公里 30 30 质量指标 指标1:道路保洁达标 率 95% 96% 20 20 效益指 标(30 分) 社会效益 "
                + "指标1:市民出行环境改善 明显改善 明显改善 30 28 满意度 指标 服务对象满 指标1:市民满意度 (10分 意度指标 ) "
                + "90% 92% 10 10 总分";

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某县环境卫生管理所");
        assertThat(d.department().parent()).isEqualTo("某县住房和城乡建设局");
        assertThat(d.funds().budget()).isEqualByComparingTo("120");
        assertThat(d.funds().executed()).isEqualByComparingTo("114");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("95");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("保洁道路长度", "道路保洁达标率", "市民出行环境改善", "市民满意度");
        Indicator length = indicator(d, "保洁道路长度");
        assertThat(length.level1()).isEqualTo(IndicatorCategory.OUTPUT);
        assertThat(length.annualTarget().value()).isEqualByComparingTo("120");
        assertThat(length.actual().value()).isEqualByComparingTo("120");
        assertThat(length.weight()).isEqualByComparingTo("30");
        assertThat(indicator(d, "市民出行环境改善").level1()).isEqualTo(IndicatorCategory.BENEFIT);
        assertThat(indicator(d, "市民出行环境改善").score()).isEqualByComparingTo("28");
        assertThat(indicator(d, "市民满意度").level1()).isEqualTo(IndicatorCategory.SATISFACTION);
    }

    @Test
    void aDocumentSitesPreviewWithTheCellsRunTogether() {
        String text = "《项目支出绩效自评表.doc》由会员上传分享，免费在线阅读\n"
                + "1、项目支出绩效自评表(2019年度) 项目名称背街小巷照明维护经费主管部门及代码某区城市管理委员会实施单位:某区市政设施管理所"
                + "项目资金(万元)年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:80.564.41080%8\n";

        ExtractionResult result = read(text);
        EvaluationDocument d = result.document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("背街小巷照明维护经费");
        assertThat(d.department().name()).isEqualTo("某区市政设施管理所");
        assertThat(d.department().parent()).isEqualTo("某区城市管理委员会");
        // 80.564.41080%8 splits one way only: 80.5 | 64.4 | 10 | 80% | 8 (64.4 / 80.5 = 80 %, 10 × 80 % = 8)
        assertThat(d.funds().initialBudget()).isEqualByComparingTo("80.5");
        assertThat(d.funds().executed()).isEqualByComparingTo("64.4");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("80");
    }

    @Test
    void aPreviewRunTogetherWhosePagesWrappedCellsWithSpaces() {
        // the form run together, a space wherever a narrow cell's text wrapped (储备粮轮换 及时率), each page a line
        // opened by its number; a name opening with a figure and its unit (3000吨小麦…); a bracket the OCR lost
        // ((B/A1得分) does not swallow the rest
        String text = "《2022年度县级专项资金绩效目标自评表.docx》由会员分享，可在线阅读\n"
                + "1、2022年度县级专项资金绩效目标自评表专项资金名称县级储备粮负责人及电话张某县级主管部门某县粮食局实施单位某县粮食储备库"
                + "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A1年度资金总额120.5118.0998%其他资金年度 总体 目标年初设定目标"
                + "全年实际完成情况储备粮规模保持稳定储备粮规模达标绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值"
                + "未完成原因和 改进措施产 出 指 标数量 指标3000吨小麦储备 到位率100%100%库存数量真实率100%\n"
                + "2、100%质量 指标储备粮管理制 度执行率100%100%储备粮轮换 及时率100%95%部分轮换因雨推迟时效 指标储备粮贷款付 息及时率"
                + "100%100%\n";

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某县粮食储备库");
        assertThat(d.funds().budget()).isEqualByComparingTo("120.5");
        assertThat(d.funds().executed()).isEqualByComparingTo("118.09");
        List<Indicator> indicators = d.keyTasks().get(0).indicators();
        assertThat(indicators).extracting(Indicator::name).contains("储备粮管理制度执行率", "储备粮轮换及时率",
                "储备粮贷款付息及时率");
        assertThat(indicators).extracting(Indicator::name).noneMatch(name -> name.startsWith("吨"));
        Indicator rotation = indicator(d, "储备粮轮换及时率");
        assertThat(rotation.level2()).isEqualTo(IndicatorSubcategory.QUALITY);
        assertThat(rotation.annualTarget().value()).isEqualByComparingTo("100");
        assertThat(rotation.actual().value()).isEqualByComparingTo("95");
        for (Indicator indicator : indicators) {
            if (indicator.annualTarget() != null && indicator.annualTarget().value() != null) {
                assertThat(indicator.annualTarget().value()).as(indicator.name()).isEqualByComparingTo("100");
            }
        }
    }

    @Test
    void indicatorRowsRunTogetherAreCutByTheirColumns() {
        // a county's 衔接资金 form as a PDF gives it: no separator at all, 分值 before the target
        String text = "某县2021年衔接资金项目绩效自评表(2021年度)项目名称某县村道护栏安装项目主管部门某县交通运输局实施单位某县交通运输局"
                + "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:404010100.00%10"
                + "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
                + "产出指标(60分)数量指标护栏安装长度15≥1200米≥1200米15立柱更换数量10≥80根≥80根10"
                + "质量指标工程验收合格率20100%100%20成本指标项目总投资1540万元40万元15"
                + "效益指标(30分)社会效益指标通行安全状况15明显改善明显改善15群众出行便利程度15有效提升有效提升14"
                + "满意度指标(10分)服务对象满意度指标沿线群众满意度10≥90%≥90%10……总分10099\n";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name).containsExactly("护栏安装长度",
                "立柱更换数量", "工程验收合格率", "项目总投资", "通行安全状况", "群众出行便利程度", "沿线群众满意度");
        Indicator length = indicator(d, "护栏安装长度");
        assertThat(length.weight()).isEqualByComparingTo("15");
        assertThat(length.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(length.annualTarget().value()).isEqualByComparingTo("1200");
        assertThat(length.annualTarget().unit()).isEqualTo("米");
        assertThat(length.score()).isEqualByComparingTo("15");
        // 1540万元40万元15 is 15 | 40万元 | 40万元 | 15: 154 is no weight, 0万元 no figure
        Indicator cost = indicator(d, "项目总投资");
        assertThat(cost.weight()).isEqualByComparingTo("15");
        assertThat(cost.annualTarget().value()).isEqualByComparingTo("40");
        assertThat(cost.annualTarget().unit()).isEqualTo("万元");
        assertThat(indicator(d, "工程验收合格率").annualTarget().value()).isEqualByComparingTo("100");
        assertThat(indicator(d, "群众出行便利程度").actual().text()).isEqualTo("有效提升");
        assertThat(indicator(d, "群众出行便利程度").score()).isEqualByComparingTo("14");
        assertThat(indicator(d, "沿线群众满意度").level1()).isEqualTo(IndicatorCategory.SATISFACTION);
        // 总分10099: the weights' 100, then the score
        assertThat(d.statedScore().total()).isEqualByComparingTo("99");
    }

    @Test
    void aPreviewWithEachRowRunTogetherAndAReasonAfterTheScore() {
        String text = String.join("\n", "项目支出绩效自评表", "（2021年度）", "项目名称社区助老服务",
                "主管部门某区民政局实施单位某区养老服务中心", "项目资金（万元）全年预算数全年执行数分值执行率得分",
                "年度资金总额120.50110.001091.29%9.13", "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
                "产出指标数量指标送餐上门次数≥1200次1300次1010因天气原因个别延期", "上门探访人次120人121人2018",
                "质量指标服务合格率100%100%1515", "效益指标社会效益指标受益老人人数≥500人520人2020");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().budget()).isEqualByComparingTo("120.50");
        assertThat(d.funds().executed()).isEqualByComparingTo("110");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("91.29");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("送餐上门次数", "上门探访人次", "服务合格率", "受益老人人数");
        Indicator meals = indicator(d, "送餐上门次数");
        assertThat(meals.annualTarget().text()).isEqualTo("≥1200次");
        assertThat(meals.actual().text()).isEqualTo("1300次");
        assertThat(meals.deviationReason()).isEqualTo("因天气原因个别延期");
        Indicator visits = indicator(d, "上门探访人次");
        assertThat(visits.weight()).isEqualByComparingTo("20");
        assertThat(visits.score()).isEqualByComparingTo("18");
    }

    @Test
    void aRunOfRowsThatCutsTwoWaysKeepsOnlyWhatBothAgreeOn() {
        // 8550个560个8: 8 | 550个 or 85 | 50个 under 分值 | 年度指标值; the actual 560个 and the score 8 are the same
        // either way
        String text = String.join("\n", "项目支出绩效自评表(2022年度)", "项目名称", "某种苗推广项目", "实施单位", "某农技中心",
                "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "产出指标", "数量指标",
                "指标1发放种苗数量8550个560个8指标2新建示范基地8200亩200亩8");

        EvaluationDocument d = read(text).document();

        Indicator seedlings = indicator(d, "发放种苗数量");
        assertThat(seedlings.weight()).isNull();
        assertThat(seedlings.annualTarget()).isNull();
        assertThat(seedlings.actual().value()).isEqualByComparingTo("560");
        assertThat(seedlings.score()).isEqualByComparingTo("8");
        // 8200亩200亩8 doubles: 8 | 200亩 | 200亩 | 8
        Indicator base = indicator(d, "新建示范基地");
        assertThat(base.weight()).isEqualByComparingTo("8");
        assertThat(base.annualTarget().value()).isEqualByComparingTo("200");
    }

    @Test
    void aRateThatContradictsTheFiguresDropsTheExecutionAndTheRate() {
        // the sheet's 其中 row runs into the total's: 300 is the region's part, not the execution
        String text = "某示范推广项目绩效自评表(2022年度)项目名称某示范推广项目实施单位某县农技中心资金情况(万元)"
                + "全年预算数(A)300全年执行数(B)执行率(B/A)其中自治区补助300万元\n259.45万元\n86.5%年度总体目标完成示范推广";

        ExtractionResult result = read(text);

        assertThat(result.document().funds() == null ? null : result.document().funds().executed()).isNull();
    }

    @Test
    void partsListedWithoutATotalGiveNoBudget() {
        String text = String.join("\n", "某县疾病预防控制中心2022年重大疾病防控项目绩效自评报告", "一、项目基本情况",
                "2022年我中心专项资金:免疫规划经费36.4万元、监测经费17万元、饮用水监测6.4万元、其他防控39.11万元。",
                "二、绩效目标完成情况", "全年完成免疫接种任务，接种率达到95%以上。");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds() == null ? null : d.funds().budget()).isNull();
    }

    @Test
    void aHeaderInHalvesOverTwoLinesAndARatePrintedAsAFraction() {
        // a province's form copied from a page: rows on lines, cells between spaces, 年度 | 实际 over 指标值 | 完成值
        String text = String.join("\n", "某专项经费绩效自评表(2022年度)", "发布时间:2023-05-10 信息来源:某区文旅局",
                "项目名称 某文物保护专项经费", "主管部门 某区文化和旅游局 实施单位 某区文化和旅游局",
                "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
                "(万元) 年度资金总额 40 40 38.6 10 0.965 9",
                "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施", "指标值 完成值",
                "产出指标 数量指标 指标1:修缮面积 3000平方米 3000平方米 10 10",
                "质量指标 指标1:验收通过率 100% 96% 10 8 个别部位返工",
                "指标2:施工安全事故 0起 0起 10 10");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().budget()).isEqualByComparingTo("40");
        assertThat(d.funds().executed()).isEqualByComparingTo("38.6");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("96.5");
        Indicator pass = indicator(d, "验收通过率");
        assertThat(pass.annualTarget().value()).isEqualByComparingTo("100");
        assertThat(pass.actual().value()).isEqualByComparingTo("96");
        assertThat(pass.weight()).isEqualByComparingTo("10");
        assertThat(pass.score()).isEqualByComparingTo("8");
        assertThat(indicator(d, "修缮面积").annualTarget().unit()).isEqualTo("平方米");
    }

    @Test
    void aHebeiCountysFormWithEachFundsWordBesideItsFigure() {
        // 一、基本情况 … 二、预算执行情况: each word with its own figure on one row, the rate alone at the end
        String text = String.join("\n", "某县民政局2020年度预算项目绩效自评表",
                "一、基本情况 项目名称: 12名困难老人生活补贴 是否为专项资金: 实施(主管)单位 314099-某县民政局机关 金额单位: 万元",
                "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)",
                "预算数 8.40 到位数 8.40 执行数 8.40 100.00", "其中:财政资金 8.40 其中:财政资金 8.40 其中:财政资金 8.40");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("12名困难老人生活补贴");
        assertThat(d.department().name()).isEqualTo("某县民政局机关");
        assertThat(d.funds().budget()).isEqualByComparingTo("8.40");
        assertThat(d.funds().executed()).isEqualByComparingTo("8.40");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("100");
    }

    @Test
    void aFormOneCellALineWithWordsBrokenOverLinesAndASentenceBrokenBySpaces() {
        String text = String.join("\n", "项目支出绩效自评表", "( 2021年度)", "项目名称", "企业年报抽查委托审计费", "主管部门", "",
                "实施单位", "某县市场监督管理局", "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值",
                "执行率", "得分", "年度资金总额", "30万元", "30万元", "27万元", "10", "90%", "9", "年度总体目标", "预期目标",
                "实际完成情况", "委托会计师事务所 ,对企业公示的年报信息开展审计 、验资等工作。",
                "共抽查企业60户,抽查结果全部公示。");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().initialBudget()).isEqualByComparingTo("30");
        assertThat(d.funds().budget()).isEqualByComparingTo("30");
        assertThat(d.funds().executed()).isEqualByComparingTo("27");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("90");
        assertThat(d.keyTasks().get(0).expectedGoal()).startsWith("委托会计师事务所");
        assertThat(d.keyTasks().get(0).outcome()).startsWith("共抽查企业60户");
    }

    @Test
    void aPagesFieldsBeforeTheTitleAndAFundForTownAndCountry() {
        // 城乡 is no township: the fund is the 城乡居民… one, and 概述: is the page's field, not the title's
        String text = String.join("\n", "标题:某某盟城乡居民医疗救助资金2022年度绩效自评报告 | |||",
                "索引号:11150000-1/2023-00011 | 发文字号: | ||", "发文机构:医疗保障局 | 信息分类: | ||",
                "概述:某某盟城乡居民医疗救助资金2022年度绩效自评报告 | |||", "一、基本情况",
                "(一)资金投入情况分析。2022年城乡居民医疗救助资金执行总量1200万元,预算执行率为96%。");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).endsWith("城乡居民医疗救助资金").doesNotContain("概述");
        assertThat(d.fiscalYear()).isEqualTo(2022);
    }

    @Test
    void figuresRunTogetherThatSplitMoreThanOneWayAreNotRead() {
        // 12.512.5 is 12.5 | 12.5 or 12.51 | 2.5, and no rate tells which
        String text = String.join("\n", "项目支出绩效自评表（2020年度）", "项目名称", "某专项经费", "实施单位", "某局",
                "全年预算数", "全年执行数", "年度资金总额", "12.512.5");

        ExtractionResult result = read(text);

        assertThat(result.document().funds()).isNull();
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("UNCERTAIN_FIGURE");
            assertThat(w.message()).startsWith("第 9 行：").contains("12.512.5");
        });
        assertThat(result.warnings()).filteredOn(w -> w.message().contains("12.512.5")).hasSize(1);
    }

    @Test
    void traditionalCharactersWithPinyinGlossesKeepTheirWording() {
        String text = "黃崗縣檔案館2021年度 項(xiàng)目績(jì)效自評(píng)報(bào)告自評(píng)得分98分。檔案數(shù)字化專項經(jīng)費預(yù)算12萬元";

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.fiscalYear()).isEqualTo(2021);
        assertThat(d.department().name()).isEqualTo("黃崗縣檔案館");
        assertThat(d.statedScore().total()).isEqualByComparingTo("98");
    }

    @Test
    void anotherProvincesColumnsAndEmptyCellsMarkedByBars() {
        // written one cell a line, each ending in |, an empty cell a line of | alone; the year's budget in three columns
        String text = String.join("\n", "部门预算项目支出绩效自评表(2023年度) |", "项目名称 |", "510000000001-人员工资性支出 |",
                "主管部门 |", "某县水利局本级 |", "实施单位 (盖章) |", "某县水利局 |", "预算执行情况(10分) |", "年度预算数(万元) |",
                "年初预算 |", "调整后预算数 |", "预算执行数 |", "预算执行率 |", "权重 |", "得分 |", "原因 |", "总额 |", "300.5 |",
                "312.8 |", "312.8 |", "100.00% |", "10 |", "|", "|", "绩效指标(90分) |", "一级指标 |", "二级指标 |", "三级指标 |",
                "指标性质 |", "指标值 |", "度量单位 |", "完成值 |", "权重 |", "得分 |", "未完成原因分析 |", "产出指标 |", "数量指标 |",
                "工资发放覆盖率 |", "= |", "100 |", "% |", "|", "60 |", "|", "|", "合计 |", "100 |", "|");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某县水利局");
        assertThat(d.keyTasks().get(0).name()).isEqualTo("人员工资性支出");
        assertThat(d.department().code()).isNull();
        assertThat(d.funds().initialBudget()).isEqualByComparingTo("300.5");
        assertThat(d.funds().budget()).isEqualByComparingTo("312.8");
        assertThat(d.funds().executed()).isEqualByComparingTo("312.8");
        Indicator pay = indicator(d, "工资发放覆盖率");
        assertThat(pay.annualTarget().comparator()).isEqualTo(Comparison.EQUAL);
        assertThat(pay.annualTarget().value()).isEqualByComparingTo("100");
        assertThat(pay.annualTarget().unit()).isEqualTo("%");
        assertThat(pay.weight()).isEqualByComparingTo("60");
        assertThat(pay.actual()).isNull();
        assertThat(pay.score()).isNull();
        // 合计 100 adds up the points: it is no score the form states
        assertThat(d.statedScore()).isNull();
    }

    @Test
    void aTransferPaymentsRegionalFormWithRowNumbersAndSixDecimals() {
        String text = String.join("\n", "某区林业局2024年度林业改革发展资金绩效评价表", "年度：2024年", "资金投入情况", "（万元）", "",
                "行次 全年预算数", "(A)", "统筹整合资金数", "(B)", "扣除统筹整合资金后预算金额", "(C)", "全年到位资金", "(D)", "预算到位",
                "(D/C×100%)", "全年执行资金", "(E)", "预算执行", "(E/C×100%)", "佐证材料", "列次 0 1 2 3 4 5 6 7 所需材料",
                "年度资金总额（万元）： 1 40.000000", "40.000000 40.000000 100.00% 25.600000 64.00%",
                "其中：中央财政资金（万元） 2 40.000000", "40.000000 40.000000 100.00% 25.600000 64.00% 预算下达文件");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某区林业局");
        assertThat(d.keyTasks().get(0).name()).isEqualTo("林业改革发展资金");
        assertThat(d.funds().budget()).isEqualByComparingTo("40");
        assertThat(d.funds().executed()).isEqualByComparingTo("25.6");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("64");
    }

    @Test
    void aTableWhoseHeaderAnExcerptLostGivesItsLevelsNamesAndTargetsOnly() {
        String text = "产出指标数量指标档案整理卷数≥3000卷 25 时效指标整理完成时间≤12个月 25 合计100 评价结论按期完成整理任务。";

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        List<Indicator> indicators = d.keyTasks().get(0).indicators();
        assertThat(indicators).extracting(Indicator::name).containsExactly("档案整理卷数", "整理完成时间");
        assertThat(indicators.get(0).level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
        assertThat(indicators.get(0).annualTarget().value()).isEqualByComparingTo("3000");
        assertThat(indicators.get(1).level2()).isEqualTo(IndicatorSubcategory.TIMELINESS);
        assertThat(indicators.get(1).annualTarget().comparator()).isEqualTo(Comparison.AT_MOST);
        // nothing says whether 25 is the points, the actual or the score: none of them is read
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.weight()).isNull();
            assertThat(i.actual()).isNull();
            assertThat(i.score()).isNull();
        });
        assertThat(d.conclusion()).isEqualTo("按期完成整理任务。");
    }

    @Test
    void amountsInYuanAnywhereInTheFundsPartAreConvertedToWan() {
        String text = String.join(" ", "财政项目支出绩效自评表 (2022 年度)", "项目名称 图书采购经费", "主管部门 某区文化旅游局",
                "年初预算数 全年预算数 全年执行数 分值 执行率 得分", "150000.00 150000.00 123,456.7 10 82.30% 8.23",
                "上年结转资金 0 0", "年度资金总额 项目资金 (元)", "实施单位 某区图书馆", "预期目标 购置图书五千册");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().budget()).isEqualByComparingTo("15");
        assertThat(d.funds().executed()).isEqualByComparingTo("12.34567");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("82.3");
    }

    @Test
    void aBudgetOfZeroBesideMoneySpentIsNotBelieved() {
        String text = String.join("\n", "项目支出绩效自评表（2021年度）", "项目名称", "基层卫生服务", "实施单位", "某镇卫生院",
                "全年预算数", "全年执行数", "分值", "执行率", "得分", "0", "86.2", "10", "100%", "10");

        ExtractionResult result = read(text);

        assertThat(result.document().funds().budget()).isNull();
        assertThat(result.document().funds().executed()).isEqualByComparingTo("86.2");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("第 11 行：预算数读作 0"));
    }

    @Test
    void aFinalAccountsPublicationIsTheDepartmentsOwn() {
        String text = String.join("\n", "发布机构：某市财政局", "某市园林局2023年度部门决算", "目录", "第一部分 部门概况",
                "一、主要职能", "第二部分 2023年度部门决算表");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.fiscalYear()).isEqualTo(2023);
        assertThat(d.department().name()).isEqualTo("某市园林局");
    }

    @Test
    void aWebPagesChromeNamesThePublisherNotTheReport() {
        String text = String.join("\n", "当前位置：首页 > 政务公开", "索引号：11000000/2024-00012", "发布机构：某县民政局",
                "发布日期：2024-05-20", "浏览次数：", "某县民政局2023年度困难群众救助补助资金绩效自评报告", "字体：【大 中 小】",
                "一、绩效目标分解下达情况", "2023年下达困难群众救助补助资金300万元。");

        EvaluationDocument d = read(text).document();

        assertThat(d.fiscalYear()).isEqualTo(2023);
        assertThat(d.department().name()).isEqualTo("某县民政局");
        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.keyTasks().get(0).name()).isEqualTo("困难群众救助补助资金");
    }

    @Test
    void aPdfsNarrowColumnsWrappedIntoPiecesJoinBackByTheirWidth() {
        // a PDF's text on one line: the target and actual cells wrapped at five characters, each wrap a space
        String text = "2022年度市级外贸促进资金项目自评表 单位名称:某区商务局 项目名称 外贸促进资金 实施单位 某区投资服务中心 "
                + "三级指标 年初目标值 (A) 实际完成值 (B) 得分 参展企业数量 12 14 10 "
                + "展会成果转化 促成意向订 单并形成合 作 促成意向订 单并形成长 期合作 20 "
                + "资金拨付及时性 95%以上 100% 10 总分 40";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("参展企业数量", "展会成果转化", "资金拨付及时性");
        Indicator wrapped = indicator(d, "展会成果转化");
        assertThat(wrapped.annualTarget().text()).isEqualTo("促成意向订单并形成合作");
        assertThat(wrapped.actual().text()).isEqualTo("促成意向订单并形成长期合作");
        assertThat(wrapped.score()).isEqualByComparingTo("20");
        assertThat(indicator(d, "资金拨付及时性").annualTarget().value()).isEqualByComparingTo("95");
    }

    @Test
    void wrappedPiecesThatCutMoreThanOneWayLeaveTheCellsEmpty() {
        // four full-width pieces for two cells: the cut between them is not known
        String text = "2022年度市级外贸促进资金项目自评表 项目名称 外贸促进资金 实施单位 某区投资服务中心 "
                + "三级指标 年初目标值 (A) 实际完成值 (B) 得分 展会成果转化 促成意向订 单形成合作 促成意向订 单形成合作 20 "
                + "资金拨付及时性 95%以上 100% 10 总分 30";

        ExtractionResult result = read(text);

        EvaluationDocument d = result.document();
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("展会成果转化", "资金拨付及时性");
        Indicator wrapped = indicator(d, "展会成果转化");
        assertThat(wrapped.annualTarget()).isNull();
        assertThat(wrapped.actual()).isNull();
        assertThat(wrapped.score()).isEqualByComparingTo("20");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("UNCERTAIN_FIGURE");
            assertThat(w.message()).startsWith("第 1 行：").contains("展会成果转化");
        });
    }

    @Test
    void aRowWithoutItsScoreDoesNotTakeTheNextRowsWordsAsWraps() {
        // 服务质量 has no 得分 (an empty cell dropped); the next row is a row of its own, not wrapped pieces
        String text = "2022年度市级外贸促进资金项目自评表 项目名称 外贸促进资金 实施单位 某区投资服务中心 "
                + "三级指标 年初目标值 (A) 实际完成值 (B) 得分 服务质量 良好 良好 企业对服务的满意程度 较高 很高 20 "
                + "资金拨付及时性 95%以上 100% 10 总分 30";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("服务质量", "企业对服务的满意程度", "资金拨付及时性");
        assertThat(indicator(d, "服务质量").score()).isNull();
        assertThat(indicator(d, "企业对服务的满意程度").score()).isEqualByComparingTo("20");
    }

    @Test
    void groupsOfNumberedItemsCountOnceAndTheFormsYearBeatsTheFundsName() {
        // the page's title names the fund of 2021; the form is of 2022. 一、 heads a group whose items 1、2、 add up
        // to its points; 二、 has no items; the level word doubled (社会效益效益指标); the text cut in a level's word
        String text = String.join("\n", "某区2021年中央耕地保护补助资金绩效自评", "- 发文机构", "- 某区农业农村局",
                "2022年度项目支出绩效自评表", "单位名称:某区农技推广站 填报日期:2023年3月1日",
                "项目名称 | 某区2021年中央耕地保护补助资金 | ||||",
                "主管部门 | 某区农业农村局 | 项目实施单位 | 某区农技推广站 | |||",
                "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | ||",
                "年度财政资金总额 | 120 | 96 | 80% | 16 | ||",
                "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |",
                "产出指标 | 数量指标 | 一、示范片建设 | ≧3000亩 | 3000亩 | 20.0 | ||",
                "1、水稻示范片 | ≧1000亩 | 1000亩 | 10.0 | |||",
                "2、玉米示范片 | ≧2000亩 | 2000亩 | 10.0 | |||",
                "二、土壤样品检测 | ≧50个 | 64个 | 10.0 | |||",
                "效益指标 | 社会效益效益指标 | 受益农户数 | 2000户 | 2100户 | 10.0 | ||",
                "生态");

        EvaluationDocument d = read(text).document();

        assertThat(d.fiscalYear()).isEqualTo(2022);
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("水稻示范片", "玉米示范片", "土壤样品检测", "受益农户数");
        assertThat(indicator(d, "玉米示范片").annualTarget().value()).isEqualByComparingTo("2000");
        assertThat(indicator(d, "土壤样品检测").score()).isEqualByComparingTo("10");
        assertThat(indicator(d, "受益农户数").level1()).isEqualTo(IndicatorCategory.BENEFIT);
        assertThat(indicator(d, "受益农户数").level2()).isEqualTo(IndicatorSubcategory.SOCIAL);
    }

    @Test
    void aCoverPagesFieldsNameTheProjectAndAGarbledAmountStaysEmpty() {
        // a report's cover (评价方式 is no title) and its first table of label | figure pairs, one cell a line
        String text = String.join("\n", "評價類型:項目完成結果評價", "項目名稱:某縣鄉村道路養護", "項目單位:某縣公路養護站",
                "主管部門:某縣交通運輸局", "評價方式:部門(單位)績效自評", "評價機構:部門(單位)評價組", "報告日期:2021年06月30日",
                "某縣財政局(制)", "一、項目基本概況 |", "項目起止時間 |", "2020年元月起至2020年12月止 |",
                "計劃安排資金 (萬元) |", "360 |", "實際到位資金 (萬元) |", "3,60.0,12 |", "實際支出 (萬元) |", "3,60.0,12 |",
                "結余 (萬元) |", "0 |", "其中:中央財政 |", "|");

        ExtractionResult result = read(text);

        EvaluationDocument d = result.document();
        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.fiscalYear()).isEqualTo(2020);
        assertThat(d.department().name()).isEqualTo("某縣公路養護站");
        assertThat(d.department().parent()).isEqualTo("某縣交通運輸局");
        assertThat(d.funds().budget()).isEqualByComparingTo("360");
        assertThat(d.funds().executed()).isNull();
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("UNCERTAIN_FIGURE");
            assertThat(w.message()).startsWith("第 17 行：").contains("3,60.0,12");
        });
    }

    @Test
    void aReportWithoutTitleNamesItsProjectInItsFirstSentences() {
        // 预算绩效管理重点 and 开展了 are no projects; the project is what the unit evaluated (对…项目资金投入情况)
        String text = String.join("\n", "一、绩效自评工作开展情况",
                "根据区财政局通知要求，我站积极组织开展2021年预算绩效管理重点项目绩效评价工作，对河道清淤疏浚工程项目资金投入情况、"
                        + "绩效目标完成情况等进行了自评，形成自评报告如下：",
                "二、绩效目标自评完成情况分析",
                "我站按要求编制报送了《2021年项目支出绩效目标表》，开展了绩效评价工作，严格按照规定使用专项资金。",
                "区级年初预算80万元专项资金，已按合同约定拨付资金72万元。");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.keyTasks().get(0).name()).isEqualTo("河道清淤疏浚工程");
        assertThat(d.funds().executed()).isEqualByComparingTo("72");
    }

    @Test
    void aFundsTablesHeadAfterProjectNameIsNoName() {
        // 项目名称 heads the first column of a funds table; the levels of government head the next
        String text = String.join("\n", "某县2020年度项目支出绩效自评报告",
                "该城乡环境整治专项资金项目于2020年初申报，批复下达预算资金10万元。", "1.资金到位", "项目名称",
                "| 中央、省、市(州)、县级财政资金", "| 资金计划", "| 资金到位", "城乡环境整治 | 县级财政资金 | 10 | 10");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("城乡环境整治专项资金");
    }

    @Test
    void aTransferPaymentsSentenceTitleLeavesOutWhatWasEvaluatedOfIt() {
        String text = "某街道对2024年中央农村综合性改革转移支付资金绩效目标实施情况开展自评，并形成绩效自评报告，现将自评情况报告如下：\n"
                + "一、基本情况\n2024年下达资金50万元。";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("中央农村综合性改革转移支付资金");
    }

    @Test
    void anOfficeTitledWithoutItsPlaceTakesThePlaceThePageGivesIt() {
        String text = String.join("\n", "索引号: 431100/2023-00012 发文日期: 2023-04-07 发布机构: 青山区水利局",
                "2022年水利局部门整体支出绩效自评表", "部门整体支出绩效自评表", "（2022年度）", "年初预算数", "全年预算数",
                "全年执行数", "120", "130", "126");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("青山区水利局");
    }

    @Test
    void aDepartmentTablesNumberedGoalsInOneCellBesideWhatWasDone() {
        String text = String.join("\n", "部门整体支出绩效自评表 | |||||", "单位(盖章):某镇人民政府 | 填报日期:2023年2月1日 | ||||",
                "部门(单位)名称 | 某镇人民政府 | |||||", "年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | ||||",
                "(1)组织实施本镇经济发展计划，培育市场体系。(2)做好村镇建设规划和公共设施管理。(3)完成上级交办的其他事项。 | "
                        + "(1)较好完成本年工作任务。(2)村镇规划已编制完成。 | ||||",
                "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值 | 得分");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.goals()).containsExactly("组织实施本镇经济发展计划，培育市场体系。", "做好村镇建设规划和公共设施管理。",
                "完成上级交办的其他事项。");
    }

    @Test
    void aJinanFormWithRowsOnLinesTrailingSpacesAndTheScoringRulesInside() {
        // rows on lines with spaces after the last cell; 一级 | 指标 broken over lines (no half of a header word);
        // the level-1 cells lost but for (50分); the scoring rule's lines inside the table; a 得分计算方法 column
        String text = String.join("\n", "区级部门预算项目支出绩效自评表", "( 2021 年度)",
                "主管部门(盖章):                                       单位:万元",
                "项目名称 图书馆运行经费 主管部门 某区文化和旅游局",
                "项目实施单位 某区图书馆 项目负责人 王某 联系电话 12345678",
                "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法",
                "年度资金总额 30 30 10 100% 10 执行率*该指标分值,最高不得超过分值上限。",
                "一级", "指标", "二级", "指标",
                "三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法", "", "(50分)",
                "数量指标 全年开放天数 300天 306天 25 25  ",
                "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A*该指标分值记分。",
                "-          ",
                "成本指标 运行成本控制 30万 30万 25 25  ",
                "-          ", "(30分)", "社会效益", "指标", "读者借阅人次 ≥5万人次 5.2万人次 30 30  ");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().parent()).isEqualTo("某区文化和旅游局");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("全年开放天数", "运行成本控制", "读者借阅人次");
        Indicator days = indicator(d, "全年开放天数");
        assertThat(days.annualTarget().value()).isEqualByComparingTo("300");
        assertThat(days.actual().value()).isEqualByComparingTo("306");
        assertThat(days.weight()).isEqualByComparingTo("25");
        assertThat(days.score()).isEqualByComparingTo("25");
        assertThat(indicator(d, "运行成本控制").annualTarget().value()).isEqualByComparingTo("30");
        assertThat(indicator(d, "读者借阅人次").level2()).isEqualTo(IndicatorSubcategory.SOCIAL);
    }

    @Test
    void aResultsOutlineWithEachIndicatorNamedInAClauseOfItsOwn() {
        String text = String.join("\n", "2023年度学生饮水设备购置项目自评结果", "项目单位(盖章): 某县第二中学", "一、自评结论",
                "(一)自评得分97分", "(二)绩效目标完成情况", "1.执行率情况。",
                "年初预算40万元,实际预算40万元,全年执行38万元,执行率95%,自评分19分。", "2.完成的绩效目标。",
                "A产出指标(自评分40分)", "(1)时效指标", "设备安装及时率,年初目标值100%,实际完成值100%。",
                "(2)质量指标", "设备验收合格率,年初目标值≥98%,实际完成值100%。", "C满意度指标",
                "学生对饮水设备的满意度,年初目标值≥90%,实际完成值93.5%。");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().executed()).isEqualByComparingTo("38");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("95");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("设备安装及时率", "设备验收合格率", "学生对饮水设备的满意度");
        Indicator satisfaction = indicator(d, "学生对饮水设备的满意度");
        assertThat(satisfaction.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(satisfaction.annualTarget().value()).isEqualByComparingTo("90");
        assertThat(satisfaction.actual().value()).isEqualByComparingTo("93.5");
        assertThat(indicator(d, "设备验收合格率").level2()).isEqualTo(IndicatorSubcategory.QUALITY);
    }

    @Test
    void aSubRowWithItsOwnPointsIsARowAndAReasonWithoutReasonsWordsStaysInItsRow() {
        // one cell a line ending in |, | alone for an empty cell; 分值 before the targets; ★ marks; a 其中 row with
        // points of its own; a reason that says no 原因
        String text = String.join("\n", "绩效目标自评表 (2020年度) |", "项目名称 |", "困难群众救助 |", "主管部门 |", "某县民政局 |",
                "一级指标 |", "二级指标 |", "三级指标 |", "分值 |", "年度指标值 |", "全年实际值 |", "得分 |",
                "未完成原因及拟采取的改进措施 |", "产出指标(50分) |", "数量指标 |", "★★★低保发放人数(按月平均) |", "5 |",
                ">=1200人 |", "1230人 |", "5 |", "|", "|", "★★★其中:建档立卡贫困人口数量 |", "5 |", ">=400人 |", "410人 |", "5 |",
                "|", "|", "★★★特困供养人数 |", "5 |", ">=300人 |", "290人 |", "5 |", "对象实行动态管理 |", "|", "|",
                "临时救助人次 |", "10 |", ">=50人次 |", "64人次 |", "10 |", "|");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("低保发放人数(按月平均)", "建档立卡贫困人口数量", "特困供养人数", "临时救助人次");
        assertThat(indicator(d, "建档立卡贫困人口数量").weight()).isEqualByComparingTo("5");
        Indicator supported = indicator(d, "特困供养人数");
        assertThat(supported.actual().value()).isEqualByComparingTo("290");
        assertThat(supported.deviationReason()).isEqualTo("对象实行动态管理");
        assertThat(indicator(d, "临时救助人次").weight()).isEqualByComparingTo("10");
    }

    @Test
    void aDepartmentsTableWithAUnitColumnHoldsItsIndicatorsInOneTaskOfTheWholeDepartment() {
        // the page's title speaks of the budget's funds, its form of the whole department; 25 | % | 9.5 spaced apart
        String text = String.join("\n", "某区商务委员会2022年度预算资金绩效自评公开", "", "2022年部门整体绩效目标自评表", "",
                "单位名称 某区商务委员会 单位负责人及电话 张某 12345678", "主管部门 商务委财务科 实施单位", "资金情况(万元)",
                "年初预算资金总额(万元) 实际投入资金额(万元) 产生差异的原因", "合计 980.5 1210.3 项目经费增加",
                "其中:财政拨款 980.5 1210.3", "年度目标(年初) 年度总体目标完成情况",
                "1、社会消费品零售总额同比增长8%。2、外贸进出口总额12亿元。 1、社会消费品零售总额同比增长9.1%。2、外贸进出口总额13.2亿元。",
                "三级指标 指标权重 计量单位 指标值 全年实际完成值 产生差异的原因及改进措施",
                "消费品零售额增速 30 % 8 9.1", "外贸进出口总额 30 亿元 12 13.2", "新增限上企业 20 家 10 12");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.funds().initialBudget()).isEqualByComparingTo("980.5");
        assertThat(d.funds().executed()).isEqualByComparingTo("1210.3");
        assertThat(d.goals()).contains("社会消费品零售总额同比增长8%。", "外贸进出口总额12亿元。");
        assertThat(d.keyTasks()).extracting(t -> t.name()).containsExactly("部门整体支出");
        Indicator retail = indicator(d, "消费品零售额增速");
        assertThat(retail.weight()).isEqualByComparingTo("30");
        assertThat(retail.annualTarget().value()).isEqualByComparingTo("8");
        assertThat(retail.annualTarget().unit()).isEqualTo("%");
        assertThat(retail.actual().value()).isEqualByComparingTo("9.1");
        assertThat(indicator(d, "外贸进出口总额").annualTarget().unit()).isEqualTo("亿元");
    }

    @Test
    void aTemplatesNumberedRowsWithTheirUnfilledPlacesAndAReasonInSentences() {
        // one cell a paragraph, empty cells as lone spaces; 指标1 run into its name, 指标2 and …… left unfilled
        String text = String.join("\n\n", "项目支出绩效自评表", "2021年度)", "项目名称", "教学楼维修经费", "主管部门", "某市教育局",
                "实施单位", "某市职业学校", "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
                "偏差原因分析及改进措施", "产出指标", "数量指标", "指标1维修面积", "1200", "1100", "10", "9",
                "已完工,剩余部分因雨季顺延,下年初完成。加强进度管理。", "指标2", " ", " ", " ", " ", " ", "……", " ", " ", " ", " ",
                "质量指标", "指标1验收合格率", "100", "100", "10", "10", " ", "指标2", " ", " ", " ", " ", " ", "效益指标", "社会效益",
                "指标", "指标1教学条件改善", "100", "100", "10", "10", " ");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("维修面积", "验收合格率", "教学条件改善");
        Indicator area = indicator(d, "维修面积");
        assertThat(area.actual().value()).isEqualByComparingTo("1100");
        assertThat(area.score()).isEqualByComparingTo("9");
        assertThat(area.deviationReason()).startsWith("已完工");
        assertThat(indicator(d, "教学条件改善").level2()).isEqualTo(IndicatorSubcategory.SOCIAL);
    }

    @Test
    void aRegionsTransferPaymentReportWithoutTitleNamesTheFundItWasGiven() {
        // the total stated once; the sentence after it, opening with 其中, gives its parts
        String text = String.join("\n", "一、绩效目标分解下达情况", "(一)中央下达预算和绩效目标情况。",
                "2021年3月2日，中央以《关于下达2021年林业改革发展资金预算的通知》文件下达我省林业改革发展转移支付预算52000万元；"
                        + "2021年林业改革发展资金合计52000万元。其中，安排森林资源管护资金合计30000万元，安排国土绿化资金合计22000万元。");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("林业改革发展");
        assertThat(d.funds().budget()).isEqualByComparingTo("52000");
    }

    @Test
    void aPagesAttachmentMarkBeforeTheReportIsNoAppendixAndAnAmountMayRunIntoAYear() {
        String text = String.join("\n", "某区2022年省级文化发展资金绩效自评报告", "发布机构: 某区文化和旅游局", "附件2", "",
                "某区2022年度绩效自评报告", "一、 绩效目标情况",
                "根据《关于提前下达2022省级文化发展补助资金预算的通知》文件精神,下达我区64万元2022年省级文化发展资金。",
                "二、绩效目标完成情况分析", "资金支出执行率100%,于2022年12月支出完毕。");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().budget()).isEqualByComparingTo("64");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("100");
    }

    @Test
    void aCoversFieldsRunTogetherEndAtTheNextLabel() {
        String text = "1、2019年苗木培育市级配套项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价项目名称:2019年苗木培育市级配套项目"
                + "项目单位:某市林业局主管部门:某市人民政府评价时间:2020年6月1日至2020年6月10日组织方式:□财政部门☑项目单位";

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某市林业局");
        assertThat(d.department().parent()).isEqualTo("某市人民政府");
    }

    @Test
    void aCountysSpecialFundFormRunTogetherGivesItsFundLeaderAndOffices() {
        String text = "1、2021年度县级专项资金绩效目标自评表专项资金名称县级应急物资储备负责人及电话李某、王某县级主管部门某县应急管理局"
                + "实施单位某县物资储备股项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("县级应急物资储备");
        assertThat(d.keyTasks().get(0).leader()).isEqualTo("李某、王某");
        assertThat(d.department().parent()).isEqualTo("某县应急管理局");
        assertThat(d.department().name()).isEqualTo("某县物资储备股");
    }

    @Test
    void aFinalAccountsPublicationNamesItsUnitInItsContentsOrWhereItSaysWhenItWasFounded() {
        String contents = String.join("\n", "目 录", "第一部分某区农业农村局单位概况", "一、部门职责", "二、机构设置",
                "第二部分2022年度部门决算表", "一、收入支出决算总表", "第三部分2022年度部门决算情况说明", "第四部分 部门绩效评价情况");
        String founded = String.join("\n", "目 录", "第一部分 2023年度部门决算报表", "一、收入支出决算总表", "第四部分 部门绩效评价情况",
                "第一部分 机构设置、职责", "某区市场监督管理局成立于2019年3月20日，主要负责辖区内市场监管方面的行政职能，主要职责如下：",
                "1.贯彻执行国家和本市市场监督管理方面的方针政策。");

        assertThat(read(contents).document().department().name()).isEqualTo("某区农业农村局");
        assertThat(read(founded).document().department().name()).isEqualTo("某区市场监督管理局");
    }

    @Test
    void aMinistrysReportNamesTheFundItEvaluatedNotTheMaterialsItRead() {
        String text = "根据《关于开展2021年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求，某部在对各地报送的年度绩效自评材料进行审核"
                + "评价基础上，对2021年度支持职业教育发展资金项目进行了绩效自评。现将有关情况报告如下：\n一、基本情况\n1. 政策背景\n"
                + "2019年起，中央财政通过补助方式支持职业教育发展。";

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.fiscalYear()).isEqualTo(2021);
        assertThat(d.keyTasks().get(0).name()).isEqualTo("支持职业教育发展资金");
    }

    @Test
    void aDigestOfAReportNamesTheFundTheDepartmentGave() {
        String text = "一、绩效目标分解下达情况某省文化和旅游厅、某省财政厅(某财文指〔2023〕12号)下达2023年某省非遗保护专项资金15万元,"
                + "二、绩效目标完成情况分析(一)资金投入情况分析1.项目资金到位情况,其中专项资金15万元全部到位,(二)总体绩效目标完成情况分析"
                + "该项目专项资金根据全年总体绩效目标正在进行中(该项目的实施期限为2023年6月--2024年6月)";

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).name()).isEqualTo("某省非遗保护专项资金");
    }

    @Test
    void aDecisionAndProcessScoreSheetWithABarLineBetweenCells() {
        // each cell on its own line with a line of | between cells, a run of bars for empty ones; the header in halves
        // (指标 | 县级 | 市级 over 分值 | 评分 | 评分); a column of scoring rules; 决策 / 过程 with their second levels
        List<String> cells = List.of("2022年度美丽乡村奖补项目绩效评价自评表", "填报单位:某县财政局", "序号", "一级指标", "二级指标",
                "三级指标", "指标说明", "指标", "县级", "市级", "", "分值", "评分", "评分", "", "1", "决策(10)", "项目立项", "议事程序",
                "议事记录完整,得3分;不完整的每项扣1分", "3", "3", "", "", "2", "资金投入", "预算安排", "按标准安排奖补资金,得4分", "4",
                "4", "", "", "3", "过程(30)", "资金管理", "资金拨付", "实行国库集中支付的,得2分", "2", "1", "", "", "4", "组织实施",
                "工作保障", "有专人负责,得1分", "1", "1", "", "");
        String text = String.join("\n|\n", cells);

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("议事程序", "预算安排", "资金拨付", "工作保障");
        Indicator paid = indicator(d, "资金拨付");
        assertThat(paid.weight()).isEqualByComparingTo("2");
        assertThat(paid.score()).isEqualByComparingTo("1");
        assertThat(d.funds()).isNull();
    }

    @Test
    void aProjectFormWithABarLineBetweenCellsAndHeaderCellsWrappedOverTwoLines() {
        // one cell a line, a line of | between cells and a run of bars where a row ends; header cells wrapped in two
        // (预算执行情况(万元) over (20分)); targets and actuals with no weights, the year's points beside the level
        List<List<String>> rows = List.of(List.of("附件1\n2023年度项目支出绩效自评表\n单位名称:某市民政局 填报日期:2024年3月8日"),
                List.of("项目名称", "困难群众节日慰问经费"), List.of("主管部门", "某市民政局"),
                List.of("预算执行情况(万元)\n(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"),
                List.of("年度财政资金总额", "48.2", "45.79", "95%", "19"),
                List.of("年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"),
                List.of("产出指标(50分)", "数量指标", "慰问困难家庭户数", "300户", "312户", "25"),
                List.of("质量指标", "慰问金足额发放率", "100%", "100%", "25"),
                List.of("效益指标(20分)", "社会效益指标", "困难群众基本生活保障", "有效保障", "有效保障", "20"),
                List.of("满意度指标(10分)", "服务对象满意度指标", "慰问对象满意率", "≥90%", "96%", "10"),
                List.of("总分(100分)", "99", "自评等级", "优"));
        String text = rows.stream().map(row -> String.join("\n|\n", row) + "\n|\n||||||\n")
                .collect(Collectors.joining());

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某市民政局");
        assertThat(d.keyTasks().get(0).name()).isEqualTo("困难群众节日慰问经费");
        assertThat(d.funds().budget()).isEqualByComparingTo("48.2");
        assertThat(d.funds().executed()).isEqualByComparingTo("45.79");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("95");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("慰问困难家庭户数", "慰问金足额发放率", "困难群众基本生活保障", "慰问对象满意率");
        Indicator families = indicator(d, "慰问困难家庭户数");
        assertThat(families.annualTarget().value()).isEqualByComparingTo("300");
        assertThat(families.actual().value()).isEqualByComparingTo("312");
        assertThat(families.score()).isEqualByComparingTo("25");
        Indicator satisfied = indicator(d, "慰问对象满意率");
        assertThat(satisfied.level1()).isEqualTo(IndicatorCategory.SATISFACTION);
        assertThat(satisfied.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(satisfied.actual().value()).isEqualByComparingTo("96");
        assertThat(d.statedScore().total()).isEqualByComparingTo("99");
        assertThat(d.statedScore().grade()).isEqualTo("优");
    }

    @Test
    void twoAmountsUnderThreeColumnsOfMoneyArePlacedByTheRate() {
        // the row gives only 全年预算数 and 全年执行数: their quotient is the printed rate, so 年初预算数 is the empty one
        String text = String.join("\n", "项目支出绩效自评表", "项目名称 | 林区防火通道维修 |", "主管部门 | 某县林业局 | 实施单位 | 某县林场 |",
                "项目资金 (万元) |", "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |", "年度资金总额 |",
                "| 56.8 | 54.1 | 10 | 95.25% | 9.5 |", "年度 总体 目标 | 预期目标 | 实际完成情况 |", "维修防火通道12公里 | 完成维修12.3公里 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().initialBudget()).isNull();
        assertThat(d.funds().budget()).isEqualByComparingTo("56.8");
        assertThat(d.funds().executed()).isEqualByComparingTo("54.1");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("95.25");
    }

    @Test
    void twoAmountsUnderThreeColumnsOfMoneyStayUnplacedWhereTheRateConfirmsNoPlacing() {
        String text = String.join("\n", "项目支出绩效自评表", "项目名称 | 林区防火通道维修 |", "主管部门 | 某县林业局 | 实施单位 | 某县林场 |",
                "项目资金 (万元) |", "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |", "年度资金总额 |",
                "| 56.8 | 54.1 | 10 | 90% | 9 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.funds() == null ? null : d.funds().executed()).as("which column is empty is not said").isNull();
    }

    @Test
    void aUnitsSecondFormWhoseHeaderAPreviewLostIsReadByTheFirstsColumns() {
        // one unit's two project forms, one cell a line; the preview skipped a page of the second, with its header
        String first = String.join("\n", "项目支出绩效自评表", "(2022年度)", "项目名称", "农贸市场抽检经费", "实施单位", "某县市场监督管理局",
                "项目资金", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "20", "20", "19",
                "10", "95%", "9.5", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施", "产出指标", "数量指标", "抽检批次", "≥300批次", "312批次", "50", "50", "满意度指标",
                "服务对象满意度指标", "商户满意度", "≥90%", "94%", "40", "40", "总分", "100", "99.5");
        String second = String.join("\n", "项目支出绩效自评表", "(2022年度)", "项目名称", "计量器具检定经费", "实施单位", "某县市场监督管理局",
                "项目资金", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总", "满意度", "指标",
                "服务对象满意度指标", "受检单位满意度", "≥85%", "92%", "10", "9", "总分", "100", "98");

        EvaluationDocument d = read(first + "\n" + second).document();

        assertThat(d.keyTasks()).extracting(t -> t.name()).containsExactly("农贸市场抽检经费", "计量器具检定经费");
        Indicator satisfied = d.keyTasks().get(1).indicators().stream()
                .filter(i -> i.name().equals("受检单位满意度")).findFirst().orElseThrow();
        assertThat(satisfied.level1()).isEqualTo(IndicatorCategory.SATISFACTION);
        assertThat(satisfied.annualTarget().value()).isEqualByComparingTo("85");
        assertThat(satisfied.actual().value()).isEqualByComparingTo("92");
        assertThat(satisfied.weight()).isEqualByComparingTo("10");
        assertThat(satisfied.score()).isEqualByComparingTo("9");
    }

    @Test
    void aDepartmentsScoreSheetOnPlanningAndExecutionWithItsRulesInCells() {
        // 序号 | 一级 | 二级 (points) | 三级 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分, the unit's cell left
        // empty; the rules name 部门(单位) and points in brackets: neither a unit, nor indicators, nor the total
        String text = String.join("\n", "2024年度部门整体支出绩效评价自评表", "单位 | |||||||",
                "序号 | 一级 指标 |", "二级 指标 |", "三级 指标 |", "指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |",
                "1 | 规划 (12分) |", "基础信息 (4分) | 基础信息 完整性 | 4 | 单位预算基础信息是否真实完整。 | 1、信息是否真实(2分); 2、信息是否完整(2分)。 | 4 | |",
                "2 | 工作计划 (8分) | 年度工作 计划完整性 | 8 | 年度工作计划是否完整可行。 | 年度工作计划完整可行的得8分,不完整的扣2分 | 6 | |",
                "3 | 年度工作 计划明确性 | 4 | 年度工作计划是否明确。 | 年度工作计划是否明确可操作(4分) | 4 | |",
                "4 | 执行 (30分) |", "预算执行 (10分) | 预算执行率 | 10 | 预算执行率=(预算执行数/预算数)×100%。预算执行数:部门(单位)本年度实际执行的预算数。 | 执行率100%的得10分,每低1%扣0.5分 | 9 | |");

        EvaluationDocument d = read(text).document();

        assertThat(d.department()).as("the unit's cell is empty").isNull();
        assertThat(d.statedScore()).as("自评得分 heads a column").isNull();
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("基础信息完整性", "年度工作计划完整性", "年度工作计划明确性", "预算执行率");
        assertThat(indicator(d, "年度工作计划明确性").score()).as("a rule in the second column of notes")
                .isEqualByComparingTo("4");
        Indicator plan = indicator(d, "年度工作计划完整性");
        assertThat(plan.weight()).isEqualByComparingTo("8");
        assertThat(plan.score()).isEqualByComparingTo("6");
        Indicator rate = indicator(d, "预算执行率");
        assertThat(rate.weight()).isEqualByComparingTo("10");
        assertThat(rate.score()).isEqualByComparingTo("9");
    }

    @Test
    void aFinalAccountsPageWhoseAttachmentsAreTheEvaluation() {
        // a 部门决算 page whose title opens with the unit's code, then 附件一 (the basic data) and 附件二 (the form), one
        // cell a paragraph: the attachments are the publication, not forms appended to a report
        String text = String.join("\n\n", "2024年某镇人民政府决算编制说明", "431002-某县某镇人民政府2024年部门决算公开", "附件一",
                "2024年度部门整体支出绩效评价基础数据表", "经费控制情况(万元", "2023 年决算数", "2024 年预算数", "2024 年决算数",
                "三公经费:", "0", "0", "0", "1、公务用车购置和维护经费", "0", "0", "0", "2、公务接待", "0", "0", "0",
                "项目支出:", "512.30", "206.00", "640.15", "公用经费", "96.40", "80.00", "101.22", "附件二",
                "2024年度部门整体支出绩效自评表", "预算部门、单位名称", "某县某镇人民政府", "年度预算申请", "(万元", "年初预算数",
                "全年预算数", "全年执行数", "分值", "执行率", "自评得分", "年度资金总额", "720.50", "1480.60", "1480.60", "10",
                "100%", "10", "按收入性质分:1480.60", "按支出性质分:1400.75", "其中: 一般公共预算:1300.60",
                "其中:基本支出:760.60", "政府性基金拨款:180.00", "项目支出:640.15", "年度总体目标", "预期目标", "实际完成情况",
                "做好全镇公共服务与基层治理。", "全面完成年度各项工作任务。");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.department().name()).isEqualTo("某县某镇人民政府");
        assertThat(d.funds().initialBudget()).isEqualByComparingTo("720.5");
        assertThat(d.funds().budget()).isEqualByComparingTo("1480.6");
        assertThat(d.funds().executed()).isEqualByComparingTo("1480.6");
        assertThat(d.funds().byNature().basic()).isEqualByComparingTo("760.6");
        assertThat(d.funds().byNature().project()).isEqualByComparingTo("640.15");
        assertThat(d.keyTasks()).as("the basic data's rows are no key tasks").noneMatch(t -> "公务接待".equals(t.name()));
    }

    @Test
    void aDepartmentFormLabellingItsUnitWithTheBareWord() {
        String text = String.join("\n", "部门整体支出绩效自评表 | |||||", "(2024年度) | |||||", "部门 | 某县乡村建设服务中心 | ||||",
                "预算资金 (万元) |", "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                "年度资金总额 | 120 | 120 | 114 | 10 | 95% | 9.5 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.department().name()).isEqualTo("某县乡村建设服务中心");
        assertThat(d.funds().executed()).isEqualByComparingTo("114");
    }

    @Test
    void aNameOpeningWithAFigureAndItsUnitIsAName() {
        String text = String.join("\n", "项目支出绩效自评表", "| 项目名称 | 数字阅读资源共享 | 实施单位 | 某市图书馆 |",
                "| 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
                "| 产出指标 | 数量指标 | 数字资源采购量 | 20TB | 20TB | 30 |",
                "| 效益指标 | 可持续影响指标 | ≥360天开放服务读者 | ≥360天 | 362天 | 20 |",
                "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | 100%覆盖 | 96% | 10 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("数字资源采购量", "≥360天开放服务读者", "读者满意度");
        Indicator open = indicator(d, "≥360天开放服务读者");
        assertThat(open.level2()).isEqualTo(IndicatorSubcategory.SUSTAINABLE);
        assertThat(open.annualTarget().value()).isEqualByComparingTo("360");
        assertThat(open.actual().value()).isEqualByComparingTo("362");
        assertThat(open.score()).isEqualByComparingTo("20");
    }

    @Test
    void aRunTogetherRowWhoseResultIsWordsAfterItsOneFigure() {
        // 完成时间12月已完成: the target 12月 and the result 已完成 (one figure, and words that say the result)
        String text = String.join("\n", "项目支出绩效自评表", "项目名称某县福利彩票销售渠道建设实施单位某县福利彩票中心",
                "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施", "产出指标数量指标站点改造数量12个12个",
                "质量指标验收合格率100%100%", "时效指标完成时间12月已完成", "成本指标项目建设成本≤30万元28.5万元");

        EvaluationDocument d = read(text).document();

        Indicator time = indicator(d, "完成时间");
        assertThat(time.level2()).isEqualTo(IndicatorSubcategory.TIMELINESS);
        assertThat(time.annualTarget().text()).isEqualTo("12月");
        assertThat(time.actual().text()).isEqualTo("已完成");
        assertThat(indicator(d, "项目建设成本").actual().value()).isEqualByComparingTo("28.5");
    }

    @Test
    void theGradeBesideTheTotalInItsRow() {
        String text = String.join("\n", "项目支出绩效自评表", "| 项目名称 | 学生营养改善计划 | 实施单位 | 某县第一中学 |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                "| 产出指标 | 数量指标 | 受益学生人数 | ≥700人 | 735人 | 50 | 50 |",
                "| 满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90% | 93% | 50 | 46 |",
                "| 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.statedScore().total()).isEqualByComparingTo("96");
        assertThat(d.statedScore().grade()).isEqualTo("优");
    }

    @Test
    void aDepartmentsPreviewRunTogetherNamesItsUnitByTheBudgetUnitsLabel() {
        String text = "1、部门整体支出绩效自评表(2022年度)区级预算单位名称某区妇幼保健院年度预算申请(万元)年初预算数全年预算数全年执行数"
                + "分值执行率得分";

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(d.department().name()).isEqualTo("某区妇幼保健院");
    }

    @Test
    void theReportsNextNumberedPartEndsTheTableThoughItSpeaksOfReasons() {
        String text = String.join("\n", "2022年度学生资助项目自评结果", "一级指标 |", "二级指标 |", "三级指标 |", "年度指标值 |",
                "实际完成值 |", "产出指标 |", "数量指标 |", "受资助学生人数 |", "1200 |", "1260 |", "满意度指标 |",
                "服务对象满意度指标 |", "资助学生满意度 |", "95% |", "96% |", "(三)存在的问题和原因",
                "1、资助覆盖面有待进一步提高。主要原因是申报材料不全。");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("受资助学生人数", "资助学生满意度");
    }

    @Test
    void aUnitSaysWhichBodyItBelongsTo() {
        String text = String.join("\n", "2022年度 某市第二中学部门决算", "目录", "第一部分某市第二中学概况", "一、部门职责",
                "二、机构设置", "第二部分2022年度部门决算表", "一、收入支出决算总表", "第一部分 某市第二中学概况", "一、部门职责",
                "我校是某市教育局直属单位，主要职责是普通高中教育。");

        EvaluationDocument d = read(text).document();

        assertThat(d.department().name()).isEqualTo("某市第二中学");
        assertThat(d.department().parent()).isEqualTo("某市教育局");
    }

    @Test
    void aGluedRowIsNotCutInsideAFigureOrOffItsUnit() {
        // 12月已完成 is no 1 | 2月; 47.68万元 is no 47.68 | 万元
        String text = String.join("\n", "2023年某中心绩效项目支出自评表",
                "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施",
                "产出指标数量指标系统升级模块数量6个6个", "时效指标完成时间12月已完成", "成本指标项目建设成本≤50万元47.68万元");

        EvaluationDocument d = read(text).document();

        List<Indicator> indicators = d.keyTasks().get(0).indicators();
        assertThat(indicators).noneSatisfy(i -> assertThat(i.annualTarget()).isNotNull()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("1")));
        Indicator cost = indicator(d, "项目建设成本");
        assertThat(cost.actual().value()).isEqualByComparingTo("47.68");
        assertThat(cost.actual().unit()).isEqualTo("万元");
    }

    @Test
    void aRatedRowRunTogetherSplitsWhereItsAmountsArePrintedAlike() {
        // 1380.261380.261380.2610100%10 also splits as 1380.2 | 61380.2 | 61380.26 with a rate that agrees; the table
        // prints its amounts to the same decimals
        String text = "1、部门整体支出绩效自评表(2022年度)区级预算单位名称某区疾病预防控制中心年度预算申请(万元)年初预算数全年预算数全年执行数"
                + "分值执行率得分年度资金总额1380.261380.261380.2610100%10";

        EvaluationDocument d = read(text).document();

        assertThat(d.funds().initialBudget()).isEqualByComparingTo("1380.26");
        assertThat(d.funds().budget()).isEqualByComparingTo("1380.26");
        assertThat(d.funds().executed()).isEqualByComparingTo("1380.26");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("100");
    }

    @Test
    void aHeaderOfTwoRowsWhoseUpperRowStandsBeforeTheLevels() {
        // 年度指标值 spans 指标性质 | 指标值 | 度量单位 in the row below it; 实际完成值, 分值, 得分 follow
        String text = String.join("\n", "项目支出绩效自评表",
                "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | "
                        + "指标值 | 度量单位 | 产出指标 | 数量指标 | 受助学生人数 | ≧ | 620 | 人次 | 618 | 10 | 9 |",
                "| 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 10 |",
                "| 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |",
                "| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 97% | 10 | 10 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("受助学生人数", "资金到位及时率", "政策知晓率", "学生满意度");
        Indicator pupils = indicator(d, "受助学生人数");
        assertThat(pupils.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(pupils.annualTarget().value()).isEqualByComparingTo("620");
        assertThat(pupils.actual().value()).isEqualByComparingTo("618");
        assertThat(pupils.weight()).isEqualByComparingTo("10");
        assertThat(pupils.score()).isEqualByComparingTo("9");
        Indicator known = indicator(d, "政策知晓率");
        assertThat(known.actual().value()).isEqualByComparingTo("98");
        assertThat(known.score()).isEqualByComparingTo("9");
    }

    @Test
    void hainansPlannedArrivedAndUsedFundsOneCellALineOrRunTogether() {
        String lines = String.join("\n\n", "财政支出绩效评价报告", "一、项目基本情况", "项目实施单位", "某市林业局", "计划投资额",
                "(万元)", "260", "实际到位资金", "(万元)", "198.5", "实际使用情况(万元)", "190.25", "其中:", "中央财政", "0");
        String glued = "1、2018年苗圃建设市级配套项目财政支出绩效评价报告一、项目基本情况项目实施单位某市林业局计划投资额(万元)260.00"
                + "实际到位资金(万元)198.50实际使用情况(万元)190.25其中:中央财政";

        for (String text : List.of(lines, glued)) {
            EvaluationDocument d = read(text).document();
            assertThat(d.funds().budget()).isEqualByComparingTo("260");
            assertThat(d.funds().executed()).isEqualByComparingTo("190.25");
        }
    }

    @Test
    void aFormWithoutItsTitleItsCellsPaddedWithBars() {
        // a web page's table cut from its title: " | " between cells, runs of | for merged ones, the level's word
        // spaced out; a name opening with its figure and unit; a row short of a value before its full marks
        String text = String.join("\n",
                "项目名称 | 石桥镇蔬菜冷链仓储建设项目 | |||||||||||",
                "主管部门 | 某县农业农村局 | 实施单位 | 某县农业投资有限公司 | |||||||||",
                "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||||",
                "年度资金总额 | 800 | 800 | 760 | 10 | 95% | 9.5 | ||||||",
                "其中:当年财政拨款 | 800 | 800 | 760 | — | 95% | — | ||||||",
                "年度总体目标 | 预期目标 | 实际完成情况 | ||||||||||",
                "目标1:新建冷库860平方米;目标2:购置分拣设备2套。 | 目标1:建成冷库860平方米;目标2:购置分拣设备2套。 | |||||||||||",
                "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||||",
                "产出指标(50分) | 数量指标 | 860平方米冷库建设及配套制冷、分拣设备安装 | ≥860平方米 | 860平方米 | 12.5 | 12.5 | ||||||",
                "购置分拣设备 | 2 | 12.5 | 12.5 | |||||||||",
                "时效指标 | 项目完成时限(月) | 10 | 10 | 12.5 | 12.5 | |||||||");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.department().name()).isEqualTo("某县农业投资有限公司");
        assertThat(d.department().parent()).isEqualTo("某县农业农村局");
        assertThat(d.keyTasks().get(0).name()).isEqualTo("石桥镇蔬菜冷链仓储建设项目");
        assertThat(d.funds().budget()).isEqualByComparingTo("800");
        assertThat(d.funds().executed()).isEqualByComparingTo("760");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("95");
        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("860平方米冷库建设及配套制冷、分拣设备安装", "购置分拣设备", "项目完成时限(月)");
        Indicator store = indicator(d, "860平方米冷库建设及配套制冷、分拣设备安装");
        assertThat(store.level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
        assertThat(store.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(store.annualTarget().value()).isEqualByComparingTo("860");
        assertThat(store.weight()).isEqualByComparingTo("12.5");
        // one value for 年度指标值 and 实际完成值: the points after it are the weight and the score, not an actual 12.5
        Indicator sorters = indicator(d, "购置分拣设备");
        assertThat(sorters.actual()).isNull();
        assertThat(sorters.weight()).isEqualByComparingTo("12.5");
        assertThat(sorters.score()).isEqualByComparingTo("12.5");
        assertThat(indicator(d, "项目完成时限(月)").actual().value()).isEqualByComparingTo("10");
    }

    @Test
    void aDepartmentTableOneCellALineScoredWithItsRules() {
        // 指标内容 and 评价标准 beside 三级指标; 自评得分 a column's head, not the report's score; the rate after
        // the labelled budget and spending on a line of its own
        String text = String.join("\n", "附件3", "某县市场服务中心部门", "2023年度整体支出绩效自评报告", "一、部门基本情况",
                "主要职能：负责全县市场主体登记服务工作。", "部门整体支出绩效自评表 | |||||", "填报单位: |", "某县市场服务中心 |",
                "单位:万元 | ||", "一、预算执行情况 |", "预算安排情况(调整后) |", "资金执行情况 |", "预算执行率 | |||", "预算数: |",
                "120 |", "执行数: |", "108 |", "90% | |||", "二、工作整体完成情况 |", "一级指标 |", "二级指标 |", "三级指标 |",
                "指标内容 |", "评价标准 |", "分值 |", "自评得分 |", "投入(30) |", "绩效目标指标管理(15) |", "绩效目标科学性 |",
                "部门目标与职责是否相符、是否量化。 |", "全部符合得满分;每项不符扣1分。 |", "8 |", "6 | |", "预算配置(15) |",
                "在职人员控制率 |", "在职人数与编制数之比。 |", "不超过100%得满分。 |", "7 |", "7 | |");

        EvaluationDocument d = read(text).document();

        assertThat(d.statedScore()).isNull();
        assertThat(d.funds().budget()).isEqualByComparingTo("120");
        assertThat(d.funds().executed()).isEqualByComparingTo("108");
        assertThat(d.funds().executionRate()).isEqualByComparingTo("90");
        Indicator goals = indicator(d, "绩效目标科学性");
        assertThat(goals.weight()).isEqualByComparingTo("8");
        assertThat(goals.score()).isEqualByComparingTo("6");
        assertThat(indicator(d, "在职人员控制率").score()).isEqualByComparingTo("7");
    }

    @Test
    void targetsListedAfterTheirLevelInAReport() {
        // a 绩效目标设定 part that lists each level's targets; no actual value is stated, and none is read
        String text = String.join("\n", "关于2023年度农村供水保障项目绩效自评情况的报告",
                "我单位对农村供水保障项目开展自评，报告如下：", "一、绩效目标设定情况",
                "总体目标：新建蓄水池2座，改造供水管网5公里。", "1、产出指标", "数量指标:新建蓄水池2座;改造供水管网5公里",
                "质量指标:工程验收合格率100%", "成本指标:计划资金86.5万元", "2、效益指标",
                "社会效益指标:受益农户数≥320户;自来水普及率≥≥95%。", "可持续影响指标:工程设计使用年限≥20年",
                "3、满意度指标", "服务对象满意度指标:受益群众满意度≥90%", "二、绩效自评工作开展情况", "年度终了，我单位组织开展了自评。");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        List<Indicator> indicators = d.keyTasks().get(0).indicators();
        assertThat(indicators).extracting(Indicator::name).contains("新建蓄水池", "改造供水管网", "工程验收合格率",
                "受益农户数", "自来水普及率", "工程设计使用年限", "受益群众满意度");
        assertThat(indicators).allSatisfy(i -> assertThat(i.actual()).isNull());
        Indicator households = indicator(d, "受益农户数");
        assertThat(households.level1()).isEqualTo(IndicatorCategory.BENEFIT);
        assertThat(households.level2()).isEqualTo(IndicatorSubcategory.SOCIAL);
        assertThat(households.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(households.annualTarget().value()).isEqualByComparingTo("320");
        assertThat(indicator(d, "自来水普及率").annualTarget().value()).isEqualByComparingTo("95");
        assertThat(indicator(d, "受益群众满意度").level2()).isEqualTo(IndicatorSubcategory.SERVICE_RECIPIENT);
    }

    @Test
    void aRowWhoseNameIsALevelsWordAndSignsInTheirSmallForms() {
        // 指标性质 printed as the small equals sign ﹦; the last row's name 满意度 after both its levels
        String text = String.join("\n", "| 2022年度项目支出绩效自评表 | ||||||",
                "| 项目名称 | 河道巡查经费 | 主管部门 | 某区水务局 | 实施单位 | 某区河道管理所 |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
                "| 产出指标 | 数量指标 | 巡查里程 | ﹦ | 1200 | 公里 | 1200 | 20.00 | 20.00 |",
                "| 质量指标 | 巡查覆盖率 | ≥ | 95 | % | 96 | 20 | 20 |",
                "| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 90 | % | 92 | 10.00 | 10.00 |");

        EvaluationDocument d = read(text).document();

        assertThat(d.keyTasks().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("巡查里程", "巡查覆盖率", "满意度");
        Indicator length = indicator(d, "巡查里程");
        assertThat(length.annualTarget().comparator()).isEqualTo(Comparison.EQUAL);
        assertThat(length.annualTarget().value()).isEqualByComparingTo("1200");
        assertThat(length.annualTarget().unit()).isEqualTo("公里");
        Indicator satisfaction = indicator(d, "满意度");
        assertThat(satisfaction.level2()).isEqualTo(IndicatorSubcategory.SERVICE_RECIPIENT);
        assertThat(satisfaction.annualTarget().value()).isEqualByComparingTo("90");
        assertThat(satisfaction.actual().value()).isEqualByComparingTo("92");
        assertThat(satisfaction.weight()).isEqualByComparingTo("10");
    }

    @Test
    void aReportWithoutATitleItsFormAttachedAfterIt() {
        // the excerpt opens at 一、; the title stands only above the attached form, after the list of attachments
        String text = String.join("\n", "一、项目基本情况", "(一)绩效目标情况", "建成5个社区议事厅，并确保正常运行。",
                "(二)资金安排情况", "财政年初预算25万元。", "二、绩效目标完成情况分析", "2023年该项目预算25万元，实际支出24万元。",
                "三、其他需要说明的问题", "无", "附件:1.社区议事厅建设项目绩效目标自评表", "2.2023年度社区议事厅建设项目支出绩效评价得分表",
                "附件1", "社区议事厅建设项目绩效目标自评表 |", "(2023年度) |", "政策(项目)名称 |", "社区议事厅建设 |",
                "项目主管部门 |", "某县民政局 |", "资金使用单位 |", "某县民政局 |", "项目资金 |", "全年预算数 |", "全年执行数 |",
                "预算执行率 |", "年度资金总额 |", "25 |", "24 |", "96% |");

        EvaluationDocument d = read(text).document();

        assertThat(d.kind()).isEqualTo(Kind.PROJECT);
        assertThat(d.fiscalYear()).isEqualTo(2023);
        assertThat(d.keyTasks().get(0).name()).isEqualTo("社区议事厅建设");
        assertThat(d.department().name()).isEqualTo("某县民政局");
        assertThat(d.goals()).containsExactly("建成5个社区议事厅，并确保正常运行。");
        assertThat(d.funds().budget()).isEqualByComparingTo("25");
        assertThat(d.funds().executed()).isEqualByComparingTo("24");
    }
    @Test
    void aRowOfTwoPointsThatTheFullRowsGiveAsWeightsIsItsWeightAndScoreNotItsValues() {
        // rows on lines, cells between spaces; a qualitative row prints only 分值 and 得分, and the full rows show
        // that 8 is what a row weighs here: 8 8 is not a target of 8 reached
        String text = String.join("\n", "某县水利局项目支出绩效自评", "项目支出绩效自评表", "(2022年度)",
                "项目名称 堤防巡查经费", "主管部门 实施单位 某县水利局", "项目资金", "(万元)",
                "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分", "年度资金总额: 120 120 114 10 9.5",
                "年度绩效指标完成情况 一级", "指标", "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施", "",
                "(50分)", "数量指标 指标1:巡查堤段数量 12 12 8 8", "指标2:巡查次数 48 50 8 8", "质量指标 指标1:险情及时上报 8 8",
                "指标2:", "……", "满意度指标", "(10分)", "服务对象", "满意度指标", "指标1:沿线群众满意度 90% 95% 10 10");

        EvaluationDocument d = read(text).document();

        Indicator reported = indicator(d, "险情及时上报");
        assertThat(reported.annualTarget()).isNull();
        assertThat(reported.actual()).isNull();
        assertThat(reported.weight()).isEqualByComparingTo("8");
        assertThat(reported.score()).isEqualByComparingTo("8");
        Indicator sections = indicator(d, "巡查堤段数量");
        assertThat(sections.annualTarget().value()).isEqualByComparingTo("12");
        assertThat(sections.actual().value()).isEqualByComparingTo("12");
        assertThat(sections.weight()).isEqualByComparingTo("8");
    }
}
