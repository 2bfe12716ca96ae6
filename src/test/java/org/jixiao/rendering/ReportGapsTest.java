package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.support.DocumentArbitraries;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Documents with gaps render with the gap visible, never a crash; and whatever a document holds, its report
 * reads back with every paragraph in it.
 */
class ReportGapsTest {

    private static final EvaluationDocument SEED = SeedDocument.load();

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void anEmptyDocumentShowsEverySectionAsMissing(ReportFormat format) {
        EvaluationDocument empty = new EvaluationDocument(null, Kind.DEPARTMENT_OVERALL, 2024,
                Department.named("某区某局", null), null, null, null, null, null, null, null, null, null, null);

        String text = RenderedText.compact(RenderedText.of(ReportRenderer.render(empty, format)));

        assertThat(text).contains("某区某局", "一、基本情况", "四、下一步改进措施");
        if (format != ReportFormat.XLSX || text.contains("自评报告")) {
            assertThat(text).contains("（未填写部门职能）", "（未填写收支情况）", "（未填写重点工作任务）", "（未填写自评结论）",
                    "（未填写存在的问题）", "（未填写改进措施）");
        }
        if (format != ReportFormat.XLSX) {
            assertThat(text).contains("自评得分：未评分。", "（未填写重点工作任务，没有自评表）");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aKeyTaskWithoutIndicatorsOrMoneyAndABudgetOfZeroShowTheirGaps(ReportFormat format) {
        KeyTask bare = new KeyTask("宣传工作", null, null, null, null, null, null, List.of(), null);
        Funds zero = SEED.funds().withTotals(BigDecimal.ZERO, BigDecimal.ZERO, null);
        EvaluationDocument document = SEED.withFunds(zero).withKeyTasks(List.of(bare));

        String text = RenderedText.compact(RenderedText.of(ReportRenderer.render(document, format)));

        if (format == ReportFormat.XLSX) {
            assertThat(text).contains("宣传工作", "（未填写绩效指标）", "未评分");
        } else {
            assertThat(text).contains("全年预算数0.00万元，执行数0.00万元，完成预算的（未填写）。", "1.宣传工作项目",
                    "支出完成情况：（未填写）", "目标实际完成情况及主要成效：（未填写）", "指标完成情况：（未填写绩效指标）");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aProjectRendersAsItsSelfEvaluationFormWithItsReportText(ReportFormat format) {
        KeyTask project = SEED.keyTasks().get(1);
        Funds funds = new Funds(new BigDecimal("8.43"), new BigDecimal("10"), new BigDecimal("8.43"), null,
                List.of(new SourceFunds(FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("8"), new BigDecimal("8"), null),
                        new SourceFunds(FundSource.OTHER, new BigDecimal("0.43"), new BigDecimal("0.43"), null)),
                null, null, null);
        EvaluationDocument document = new EvaluationDocument(null, Kind.PROJECT, 2023,
                new Department("广州市荔湾区妇女儿童活动中心", null, "广州市荔湾区", "广州市荔湾区妇女联合会", null), null, funds,
                List.of("充分发挥中心实践育人的阵地作用"), List.of(project), "项目如期完成。", null, List.of("指标设置偏少。"),
                List.of("完善指标体系"), null, null);

        String text = RenderedText.compact(RenderedText.of(ReportRenderer.render(document, format)));

        assertThat(text).contains("项目支出绩效自评表", "项目名称", "妇儿工委及妇女儿童中心工作", "主管部门", "广州市荔湾区妇女联合会",
                "实施单位", "广州市荔湾区妇女儿童活动中心", "年初预算数", "10.00", "全年预算数", "8.43", "全年执行数", "分值",
                "执行率", "得分", "预期目标", "充分发挥中心实践育人的阵地作用", "实际完成情况", "召开会议次数", "偏差原因分析及改进措施",
                // the money by source under the total, as the form has a row for each
                "其中：一般公共预算财政拨款", "8.00", "其他资金", "0.43");
        if (format != ReportFormat.XLSX) {
            // the rate the document does not state shows as missing in the text; the 自评表 computes it (100%)
            assertThat(text).contains("2023年度广州市荔湾区妇女儿童活动中心妇儿工委及妇女儿童中心工作项目支出绩效自评表", "一、项目基本情况", "（二）年度总体目标", "（三）项目资金情况",
                    "年初预算数10.00万元，全年预算数8.43万元，执行数8.43万元，完成预算的（未填写）。", "二、项目绩效目标完成情况",
                    "四、自评结论", "项目如期完成。", "五、存在的主要问题", "指标设置偏少。", "六、下一步改进措施",
                    "针对存在的问题，一是完善指标体系。");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML"})
    void htmlEscapesWhatTheDocumentSays(ReportFormat format) {
        EvaluationDocument document = SEED.withKeyTasks(List.of(new KeyTask("<script>alert(1)</script>&", null, null, null,
                null, null, null, List.of(), null)));

        String html = new String(ReportRenderer.render(document, format).content(), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;");
    }

    @Property(tries = 25)
    void everyParagraphOfAnyDocumentReadsBackFromThePdfAndTheDocx(@ForAll("documents") EvaluationDocument document) {
        ReportOutline outline = ReportOutline.of(document);
        String pdf = RenderedText.compact(RenderedText.pdf(ReportRenderer.render(document, ReportFormat.PDF).content()));
        String docx = RenderedText.compact(RenderedText.docx(ReportRenderer.render(document, ReportFormat.DOCX).content()));

        for (String paragraph : outline.paragraphs()) {
            assertThat(pdf).contains(RenderedText.compact(paragraph));
            assertThat(docx).contains(RenderedText.compact(paragraph));
        }
    }

    @Property(tries = 25)
    void anyDocumentRendersAsHtmlAndXlsx(@ForAll("documents") EvaluationDocument document) {
        assertThat(ReportRenderer.render(document, ReportFormat.HTML).content()).isNotEmpty();
        String workbook = RenderedText.compact(RenderedText.xlsx(ReportRenderer.render(document, ReportFormat.XLSX).content()));
        for (SelfEvaluationForm form : ReportOutline.of(document).forms()) {
            if (form.projectName() != null) {
                assertThat(workbook).contains(RenderedText.compact(form.projectName()));
            }
        }
    }

    @Provide
    Arbitrary<EvaluationDocument> documents() {
        return DocumentArbitraries.documents();
    }
}
