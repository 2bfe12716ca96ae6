package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.cli.internal.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warm-up}, hidden: the training run of the build. It runs the commands a person runs most (validate, score,
 * lint, render in every format, extract of a text and of a PDF) once each on the demo's report, in one JVM and
 * without Spring, so that the class-data archive the build writes at its exit (docs/performance.md) holds the
 * classes they load. It prints only a line saying what it ran; its files are in a temporary folder, removed after.
 */
@Command(name = "warm-up", hidden = true, description = "构建时的训练运行：依次运行常用命令，供生成类数据共享归档。")
class WarmUpCommand implements Callable<Integer> {

    /** The demo's report, as the jar carries it. */
    static final String SEED = "/demo/liwan-women-federation-2023.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Files.createTempDirectory("jixiao-warm-up");
        try {
            Path seed = folder.resolve("seed.json");
            try (InputStream in = WarmUpCommand.class.getResourceAsStream(SEED)) {
                if (in == null) {
                    throw new BadInputException("warm-up: 找不到示例报告 " + SEED);
                }
                Files.copy(in, seed, StandardCopyOption.REPLACE_EXISTING);
            }
            String file = seed.toString();
            List<List<String>> runs = List.of(List.of("validate", file), List.of("score", file),
                    List.of("lint", file),
                    List.of("render", file, "--format", "docx", "--out", folder.resolve("seed.docx").toString()),
                    List.of("render", file, "--format", "html", "--out", folder.resolve("seed.html").toString()),
                    List.of("render", file, "--format", "xlsx", "--out", folder.resolve("seed.xlsx").toString()),
                    List.of("render", file, "--format", "pdf", "--out", folder.resolve("seed.pdf").toString()),
                    List.of("extract", folder.resolve("seed.pdf").toString()),
                    List.of("extract", folder.resolve("seed.docx").toString()));
            for (List<String> run : runs) {
                int code = quiet().execute(run.toArray(String[]::new));
                if (code != Cli.OK && code != Cli.FINDINGS) {
                    throw new BadInputException("warm-up: " + String.join(" ", run.subList(0, 1)) + " 退出码 " + code);
                }
            }
            spec.commandLine().getOut().println("warm-up: " + runs.size() + " runs");
            return Cli.OK;
        } finally {
            delete(folder);
        }
    }

    /** The same command line as a person's, its output kept from the build's log. */
    private static CommandLine quiet() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Cli.commandLine(null, sink, sink);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
