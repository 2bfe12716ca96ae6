package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An in-depth evaluation's report keeps the Ministry's outline whatever is written, and never skips a section. */
class InDepthReportTest {

    private static InDepthReport report(List<List<String>> texts) {
        return new InDepthReport("某文化馆", "2025年度公益培训项目财政评价报告",
                List.of(new InDepthReport.Fact("项目名称", "公益培训项目")),
                List.of(new InDepthReport.Fact("评价类型", "财政评价")),
                List.of(new InDepthReport.AreaRow("决策", "20", "18")), "96.8", "优",
                List.of(new InDepthReport.IndicatorRow("产出", "产出数量", "实际完成率", "9", "7", "两处未完工")), texts,
                null);
    }

    @Test
    void theSevenSectionsComeInTheMinistrysOrderAndAnUnwrittenOneIsMarked() {
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            texts.add(i == 4 ? List.of() : List.of("第" + i + "部分的文字"));
        }
        texts.set(6, List.of());
        ReportOutline outline = report(texts).outline();
        List<String> headings = outline.elements().stream().filter(e -> e instanceof ReportElement.Heading)
                .map(e -> ((ReportElement.Heading) e).text()).toList();
        assertThat(headings).containsExactlyElementsOf(InDepthReport.HEADINGS);
        List<ReportElement> paragraphs = outline.elements().stream()
                .filter(e -> e instanceof ReportElement.Paragraph).toList();
        // 五 not written: marked missing; 七 not written: 无。
        assertThat(paragraphs).contains(ReportElement.Paragraph.missing("主要经验及做法、存在的问题及原因分析"),
                ReportElement.Paragraph.of("无。"));
        assertThat(report(texts).render(ReportFormat.PDF).content()).isNotEmpty();
        assertThat(report(texts).fileName(ReportFormat.DOCX)).isEqualTo("2025年度公益培训项目财政评价报告.docx");
        assertThatThrownBy(() -> report(texts).render(ReportFormat.XLSX)).hasMessage("重点绩效评价报告只提供 DOCX、PDF 格式");
    }
}
