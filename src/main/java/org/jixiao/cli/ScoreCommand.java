package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code score FILE [--profile NAME]}: the score object of scoring.md as JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "按评分规则为评价文档评分，输出 score 对象（总分、等级、各重点工作任务与各指标得分）。")
class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "评价文档（JSON），- 表示标准输入")
    String file;

    @Mixin
    ScoringOptions options;

    @Override
    public Integer call() {
        Scorer scorer = new Scorer(options.profile());
        EvaluationDocument document = ScoringOptions.document(file);
        spec.commandLine().getOut().print(DocumentJson.write(scorer.score(document)));
        return Cli.OK;
    }
}
