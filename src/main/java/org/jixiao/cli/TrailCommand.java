package org.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trail check}: the tamper-evident trail of the audit trail and the security log (docs/security.md). */
@Command(name = "trail", mixinStandardHelpOptions = true, description = "防篡改记录链：检查审计记录和安全日志的哈希链。",
        subcommands = TrailCheckCommand.class)
class TrailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("trail: 缺少子命令（trail check；--help 查看用法）");
        return Cli.BAD_INPUT;
    }
}
