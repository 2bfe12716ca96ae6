package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export [--id ID]... [--year Y] [--unit TEXT] [--out DIR]}: documents out of the database. One
 * evaluation is printed as a document, several as a JSON array that {@code import} reads back; with
 * {@code --out}, one file per evaluation.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "从数据库导出评价文档：一份输出为文档，多份输出为数组；--out 时每份写一个文件。")
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SpringContexts spring;

    @Option(names = "--id", paramLabel = "ID", description = "评价编号，可多次给出")
    List<Long> ids;

    @Option(names = "--year", paramLabel = "YEAR", description = "年度")
    Integer year;

    @Option(names = "--unit", paramLabel = "TEXT", description = "单位名称包含的文字")
    String unit;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录：每份评价写一个 单位-年度.json")
    Path out;

    ExportCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws IOException {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + ": 不是目录");
        }
        List<StoredEvaluation> evaluations;
        try (ConfigurableApplicationContext context = spring.withoutWeb(
                "请先停止服务器再导出，或在服务器运行时通过 REST API 导出（GET /api/v1/evaluations/export）")) {
            evaluations = context.getBean(Evaluations.class).export(new EvaluationFilter(ids, year, unit));
        }
        if (ids != null && evaluations.size() < ids.size()) {
            List<Long> found = evaluations.stream().map(StoredEvaluation::id).toList();
            throw new BadInputException("没有编号为 " + ids.stream().filter(id -> !found.contains(id)).toList() + " 的评价");
        }
        List<EvaluationDocument> documents = evaluations.stream().map(StoredEvaluation::document).toList();
        if (out == null) {
            spec.commandLine().getOut().print(DocumentJson.write(documents.size() == 1 ? documents.get(0) : documents));
            return Cli.OK;
        }
        Files.createDirectories(out);
        for (EvaluationDocument document : documents) {
            OutputFiles.write(out.resolve(OutputFiles.fileName(document) + ".json"), DocumentJson.writeBytes(document));
        }
        spec.commandLine().getErr().println("已导出 " + documents.size() + " 份评价到 " + out);
        return Cli.OK;
    }
}
