package org.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.evaluation.ImportedEvaluation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE...}: stores documents in the database that {@code serve} uses, all in one transaction.
 * Every file is read and checked before the database is opened; a bad file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把评价文档（JSON，单个文档或 export 输出的数组）导入数据库；任一文件有误则全部不导入。")
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SpringContexts spring;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "评价文档，- 表示标准输入")
    List<String> files;

    ImportCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        List<EvaluationDocument> documents = new ArrayList<>();
        for (String file : files) {
            documents.addAll(InputFiles.documents(file));
        }
        List<ImportedEvaluation> imported;
        try (ConfigurableApplicationContext context = spring.withoutWeb(
                "请先停止服务器再导入，或在服务器运行时通过 REST API 导入（POST /api/v1/evaluations）")) {
            imported = context.getBean(Evaluations.class).importDocuments(documents, "cli");
        } catch (IllegalTransitionException e) {
            throw new BadInputException("未导入任何文档：" + e.getMessage());
        } catch (DataAccessException e) {
            throw new BadInputException("未导入任何文档：数据库拒绝写入：" + e.getMostSpecificCause().getMessage(), e);
        }
        List<Map<String, Object>> report = new ArrayList<>();
        for (ImportedEvaluation evaluation : imported) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", evaluation.id());
            line.put("title", evaluation.title());
            line.put("fiscalYear", evaluation.fiscalYear());
            line.put("action", evaluation.created() ? "created" : "revised");
            report.add(line);
        }
        spec.commandLine().getOut().print(DocumentJson.write(report));
        return Cli.OK;
    }
}
