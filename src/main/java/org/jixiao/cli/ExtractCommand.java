package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE... [--out DIR]}: published reports (txt, pdf, docx) into evaluation documents. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "把已发布的自评报告（txt、pdf、docx）读成评价文档。")
class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<String> files;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        throw NotAvailableYet.command("extract");
    }
}
