package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalSheet;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code render FILE --format docx|pdf|html|xlsx --out PATH [--template FILE|NAME]}: the report or the 自评表, in
 * the built-in layout or a template's (docs/templates.md); for a goal sheet (its
 * {@code schema} is {@code jixiao/goals/v1}) its 绩效目标申报表 in any of the four. The file is written whole or not at
 * all; what the reader should know (a character the PDF font lacks) goes to stderr.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "生成自评报告（docx、pdf、html）或自评表（xlsx）；绩效目标申报表（schema 为 jixiao/goals/v1）四种格式均可。")
class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "评价文档或绩效目标申报表（JSON），- 表示标准输入")
    String file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx、pdf、html 或 xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "输出文件")
    Path out;

    @Option(names = "--template", paramLabel = "FILE|NAME",
            description = "版式模板：内置模板名（见 jixiao templates）或 .docx/.xlsx 模板文件；默认为 default")
    String template;

    /** The appendix carries the score by this profile, computed now: a score stored in the file may be stale. */
    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() throws IOException {
        ReportFormat chosen = ReportFormat.named(format).orElseThrow(() -> new BadInputException(
                "--format " + format + ": 不支持的格式，应为 docx、pdf、html 或 xlsx"));
        if (Files.isDirectory(out)) {
            throw new BadInputException(out + ": 是目录，--out 应为文件");
        }
        String text = InputFiles.text(file);
        JsonNode tree = InputFiles.tree(file, text);
        RenderedReport report;
        ReportTemplate chosenTemplate = template == null ? null : Templates.chosen(template);
        if (InputFiles.isGoalSheet(tree)) {
            if (chosenTemplate != null) {
                throw new BadInputException("--template：绩效目标申报表暂不支持模板，请去掉 --template");
            }
            GoalSheet sheet = InputFiles.goalSheet(file, text);
            report = GoalSheetRenderer.render(sheet, chosen);
        } else {
            List<EvaluationDocument> documents = InputFiles.documents(file, text);
            if (documents.size() != 1) {
                throw new BadInputException(file + ": 含 " + documents.size() + " 份文档，render 一次只生成一份");
            }
            EvaluationDocument document = documents.get(0);
            EvaluationDocument scored = document.withScore(new Scorer(scoring.profile()).score(document));
            report = chosenTemplate == null ? ReportRenderer.render(scored, chosen) : Templates.render(chosenTemplate, scored,
                    chosen);
        }
        OutputFiles.write(out, report.content());
        report.warnings().forEach(warning -> spec.commandLine().getErr().println("警告：" + warning));
        return Cli.OK;
    }
}
