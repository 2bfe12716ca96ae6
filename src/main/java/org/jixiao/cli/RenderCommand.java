package org.jixiao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code render FILE --format docx|pdf|html|xlsx --out PATH}: the report or the 自评表. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "生成自评报告（docx、pdf、html）或自评表（xlsx）。")
class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    String file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Override
    public Integer call() {
        throw NotAvailableYet.command("render");
    }
}
