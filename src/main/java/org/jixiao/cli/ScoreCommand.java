package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.FindingCode;
import org.jixiao.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code score FILE [--profile NAME]}: the score object of docs/scoring.md as JSON, with the document's own stated score
 * beside it. A document with too little to score prints a score without total and grade that says what is missing,
 * and exits 1 with the finding NOT_SCORABLE on stderr: the command ran and the document has an ERROR finding.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "按评分规则为评价文档评分，输出 score 对象（总分、等级、各重点工作任务与各指标得分，以及报告自述的自评得分）；"
                + "没有重点工作任务或重点工作任务均无绩效指标的文档无法评分，退出码为 1。")
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
        EvaluationScore score = scorer.score(document);
        spec.commandLine().getOut().print(DocumentJson.write(score));
        if (!score.isScorable()) {
            spec.commandLine().getErr().println(FindingCode.NOT_SCORABLE + " " + score.notScorable().message());
            return Cli.FINDINGS;
        }
        return Cli.OK;
    }
}
