package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus as the files reports are published in, made by the tests: every report as PDF and as DOCX, the
 * 自评表 also as XLSX (as the render command writes it). Each comes out as the document written for it.
 */
class CorpusFormatsTest {

    static List<String> departmentReports() {
        return Corpus.DEPARTMENT_REPORTS;
    }

    static List<String> projectForms() {
        return Corpus.PROJECT_FORMS;
    }

    @ParameterizedTest(name = "{0}.pdf")
    @MethodSource("departmentReports")
    void departmentReportAsPdf(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".pdf", CorpusFiles.departmentPdf(name));

        DocumentAssertions.assertSameDocument(name + ".pdf", result.document(), Corpus.expected(name));
    }

    @ParameterizedTest(name = "{0}.docx")
    @MethodSource("departmentReports")
    void departmentReportAsDocx(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".docx", CorpusFiles.departmentDocx(name));

        DocumentAssertions.assertSameDocument(name + ".docx", result.document(), Corpus.expected(name));
    }

    @ParameterizedTest(name = "{0}.docx")
    @MethodSource("projectForms")
    void projectFormAsDocxTable(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".docx", CorpusFiles.projectDocx(name));

        DocumentAssertions.assertSameDocument(name + ".docx", result.document(), Corpus.expected(name));
    }

    @ParameterizedTest(name = "{0}.xlsx")
    @MethodSource("projectForms")
    void projectFormAsXlsxSheet(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".xlsx", CorpusFiles.projectXlsx(name));

        DocumentAssertions.assertSameDocument(name + ".xlsx", result.document(), Corpus.expected(name));
    }

    @ParameterizedTest(name = "{0}.pdf")
    @MethodSource("projectForms")
    void projectFormAsPdfTable(String name) {
        ExtractionResult result = new ReportExtractor().extract(name + ".pdf", CorpusFiles.projectPdf(name));

        DocumentAssertions.assertSameDocument(name + ".pdf", result.document(), Corpus.expected(name));
        assertThat(result.sourceText()).contains("项目支出绩效自评表");
    }
}
