package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.rendering.ReportOutline;
import org.jixiao.review.ReviewSection;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** Every section a reviewer comments on has its place beside the report, once, in a department's and a project's. */
class ReportSectionsTest {

    private static final List<ReviewSection> OF_THE_REPORT = Arrays.stream(ReviewSection.values())
            .filter(s -> s != ReviewSection.GENERAL).toList();

    @Test
    void eachSectionOfADepartmentsReportBeginsAtOneHeading() {
        assertThat(sections(SeedDocument.load())).containsExactlyInAnyOrderElementsOf(OF_THE_REPORT);
    }

    @Test
    void eachSectionOfAProjectsReportBeginsAtOneHeading() throws IOException {
        EvaluationDocument project = corpus("p01-yuexiu-elderly-care-2023.json");
        EvaluationDocument withFunctions = new EvaluationDocument(project.schema(), project.kind(),
                project.fiscalYear(), project.department(), List.of("负责全区养老服务的统筹和监督。"), project.funds(),
                project.goals(), project.keyTasks(), project.conclusion(), project.achievements(), project.problems(),
                project.measures(), null, null);
        assertThat(project.kind()).isEqualTo(Kind.PROJECT);

        assertThat(sections(withFunctions)).containsExactlyInAnyOrderElementsOf(OF_THE_REPORT);
        // a project's report without the unit's duties has no such section, so no box for it
        assertThat(sections(project)).containsExactlyInAnyOrderElementsOf(OF_THE_REPORT.stream()
                .filter(s -> s != ReviewSection.FUNCTIONS).toList());
    }

    private static List<ReviewSection> sections(EvaluationDocument document) {
        return ReportOutline.of(document).elements().stream().map(ReportSections::of).filter(Objects::nonNull).toList();
    }

    private static EvaluationDocument corpus(String name) throws IOException {
        try (InputStream in = ReportSectionsTest.class.getResourceAsStream("/extraction/corpus/" + name)) {
            return DocumentJson.read(DocumentJson.readText(in));
        }
    }
}
