package org.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code java -jar jixiao.jar [COMMAND]}: without a command, serves the web application. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1",
        description = "预算绩效管理：读取、评分、生成和管理部门整体支出与项目支出绩效自评。",
        subcommands = {ServeCommand.class, ExtractCommand.class, ValidateCommand.class, ScoreCommand.class,
                LintCommand.class, RenderCommand.class, ImportCommand.class, ExportCommand.class,
                GenerateCommand.class, ReassessCommand.class, VerifyCommand.class, TrailCommand.class,
                WarmUpCommand.class, TemplatesCommand.class})
class JixiaoCommand implements Callable<Integer> {

    private final SpringContexts spring;

    JixiaoCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        return new ServeCommand(spring).call();
    }
}
