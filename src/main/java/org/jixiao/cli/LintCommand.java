package org.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lint FILE}: the indicator quality findings of scoring.md. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "检查绩效指标质量。")
class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    String file;

    @Override
    public Integer call() {
        throw NotAvailableYet.command("lint");
    }
}
