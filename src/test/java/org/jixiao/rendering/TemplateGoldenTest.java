package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.junit.jupiter.api.Test;

/**
 * 四川's form filled from a real project (the extraction corpus's p01), its text compared with a file reviewed by
 * hand (src/test/resources/rendering/template-sichuan-project-p01.txt): every cell in its place, the figures as the
 * built-in form prints them (the 预算执行 得分 9.50 = 10 × 95%), targets split into 指标性质 / 指标值 / 度量单位, the
 * sources under 总额 as 其中 rows, and 评价结论, 存在问题, 改进措施 blank as the project leaves them.
 * Set {@code -Dgolden.write=true} to write the file again after a deliberate change, then review it.
 */
class TemplateGoldenTest {

    private static final String GOLDEN = "/rendering/template-sichuan-project-p01.txt";

    @Test
    void sichuansFormOfARealProject() throws IOException {
        EvaluationDocument project;
        try (InputStream in = getClass().getResourceAsStream("/extraction/corpus/p01-yuexiu-elderly-care-2023.json")) {
            project = DocumentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        project = project.withScore(new Scorer(ScoringProfiles.builtIn().defaultProfile()).score(project));

        String text = RenderedText.docx(ShippedTemplates.named("sichuan-project").orElseThrow()
                .render(project, ReportFormat.DOCX).content());

        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(Path.of("src/test/resources" + GOLDEN), text, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(text).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
