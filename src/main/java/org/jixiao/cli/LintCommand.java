package org.jixiao.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.Finding;
import org.jixiao.library.ShippedCatalog;
import org.jixiao.scoring.IndicatorLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint FILE}: the indicator quality findings of docs/scoring.md as a JSON array; exit 1 if any is an ERROR. The
 * advice cites the shipped indicator library where an indicator is one of its entries.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "检查绩效指标质量（通用指标、缺少效益指标、目标值偏低等），以 JSON 数组输出问题和修改建议。")
class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "评价文档（JSON），- 表示标准输入")
    String file;

    @Mixin
    ScoringOptions options;

    @Override
    public Integer call() {
        IndicatorLinter linter = new IndicatorLinter(options.profile(), ShippedCatalog.load());
        List<Finding> findings = linter.lint(ScoringOptions.document(file));
        spec.commandLine().getOut().print(DocumentJson.write(findings));
        return findings.stream().anyMatch(Finding::isError) ? Cli.FINDINGS : Cli.OK;
    }
}
