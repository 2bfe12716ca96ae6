package org.jixiao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.GoalChecks;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.JsonSyntax;
import org.jixiao.document.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code validate FILE}: format errors and FUNDS_MISMATCH as a JSON array; exit 1 if any is an ERROR. A goal sheet
 * (its {@code schema} is {@code jixiao/goals/v1}) is checked by {@link GoalChecks}: its format, and what it must state
 * before it is submitted.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "检查评价文档：格式错误与金额不符（FUNDS_MISMATCH），以 JSON 数组输出；绩效目标申报表按送审要求检查。")
class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "评价文档或绩效目标申报表（JSON），- 表示标准输入")
    String file;

    @Override
    public Integer call() {
        JsonNode tree = InputFiles.tree(file);
        if (!tree.isObject()) {
            throw new BadInputException(file + ": 不是评价文档（应为 JSON 对象）");
        }
        List<Finding> findings;
        if (InputFiles.isGoalSheet(tree)) {
            findings = goalFindings(tree);
        } else {
            findings = new ArrayList<>(DocumentJson.validate(tree));
            if (findings.stream().noneMatch(Finding::isError)) {
                findings.addAll(FundsConsistency.check(DocumentJson.bind(tree)));
            }
        }
        spec.commandLine().getOut().print(DocumentJson.write(findings));
        return findings.stream().anyMatch(Finding::isError) ? Cli.FINDINGS : Cli.OK;
    }

    /** What is wrong with a goal sheet: a value of the wrong type by its path, else every finding of its checks. */
    private static List<Finding> goalFindings(JsonNode tree) {
        GoalSheet sheet;
        try {
            sheet = DocumentJson.mapper().treeToValue(tree, GoalSheet.class);
        } catch (JacksonException e) {
            return List.of(Finding.at(FindingCode.INVALID_FIELD, Severity.ERROR, JsonSyntax.path(e),
                    JsonSyntax.describe(e), null));
        }
        return GoalChecks.check(sheet);
    }
}
