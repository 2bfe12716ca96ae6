package org.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score FILE [--profile NAME]}: the score object of scoring.md. */
@Command(name = "score", mixinStandardHelpOptions = true, description = "按评分规则为评价文档评分。")
class ScoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    String file;

    @Option(names = "--profile", paramLabel = "NAME")
    String profile;

    @Override
    public Integer call() {
        throw NotAvailableYet.command("score");
    }
}
