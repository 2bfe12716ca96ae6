package org.jixiao.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalJson;
import org.jixiao.extraction.ExtractedFile;
import org.jixiao.extraction.ExtractionException;
import org.jixiao.extraction.ExtractionResult;
import org.jixiao.extraction.ReadingSummary;
import org.jixiao.extraction.ReportExtractor;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract FILE... [--out DIR]}: published reports (txt, pdf, docx, xlsx) into evaluation documents, and goal
 * sheets (绩效目标申报表, told by their title) into goal sheets ({@code jixiao/goals/v1}). One file prints its
 * document; several files, a folder, or {@code --out}, write NAME.json per input into DIR and say on stderr, file by
 * file, what was read and what was not. Figures that do not add up, or that were left empty, are warnings on stderr;
 * the exit code stays 0. A file that is neither is said so on one line and the others are still written (each file
 * whole or not at all); the exit code is then 2.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "把已发布的自评报告（txt、pdf、docx、xlsx）读成评价文档，把绩效目标申报表读成申报表 JSON："
                + "一个文件输出到标准输出，多个文件或 --out 时每个输入写一个 NAME.json。")
class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "自评报告或绩效目标申报表文件，- 表示标准输入")
    List<String> files;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录：每个输入写一个 NAME.json")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<String> inputs = inputs();
        if (out == null && inputs.size() > 1) {
            throw new BadInputException("extract：多个文件需要用 --out DIR 指定输出目录");
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + "：不是目录");
        }
        quietLibraries();
        ReportExtractor extractor = new ReportExtractor();
        if (out == null) {
            ExtractedFile result = extract(extractor, inputs.get(0));
            warnings(inputs.get(0), result).forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getOut().print(json(result));
            return Cli.OK;
        }
        // each file on its own: one that is no report is said so, the others are written whole
        Files.createDirectories(out);
        List<String> names = new ArrayList<>();
        int written = 0;
        int sheets = 0;
        List<String> refused = new ArrayList<>();
        for (String file : inputs) {
            ExtractedFile result;
            try {
                result = extract(extractor, file);
            } catch (BadInputException e) {
                refused.add(e.getMessage());
                spec.commandLine().getErr().println("未读：" + e.getMessage());
                continue;
            }
            String name = outputName(file, names);
            OutputFiles.write(out.resolve(name), json(result).getBytes(StandardCharsets.UTF_8));
            if (result.isGoalSheet()) {
                sheets++;
                spec.commandLine().getErr().println(file + " → " + name + "：绩效目标申报表，" + result.goals().summary());
            } else {
                written++;
                ExtractionResult report = result.report();
                spec.commandLine().getErr().println(file + " → " + name + "："
                        + ReadingSummary.of(report.document()).line(report.document()));
            }
            warnings(file, result).forEach(spec.commandLine().getErr()::println);
        }
        spec.commandLine().getErr().println("已写出 " + written + " 份评价文档" + (sheets == 0 ? "" : "、" + sheets
                + " 份绩效目标申报表") + "到 " + out + (refused.isEmpty() ? "" : "；" + refused.size() + " 个文件未读"));
        return refused.isEmpty() ? Cli.OK : Cli.BAD_INPUT;
    }

    /** The report's document, or the goal sheet, as JSON. */
    private static String json(ExtractedFile result) {
        return result.isGoalSheet() ? GoalJson.write(result.goals().sheet()) : DocumentJson.write(result.report().document());
    }

    /** The files named, a folder standing for the reports in it (.txt, .pdf, .docx, .xlsx), in name order. */
    private List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String file : files) {
            Path path = InputFiles.STDIN.equals(file) ? null : Path.of(file);
            if (path == null || !Files.isDirectory(path)) {
                inputs.add(file);
                continue;
            }
            if (out == null) {
                throw new BadInputException(file + "：是目录；读目录中的报告请用 --out DIR 指定输出目录");
            }
            try (var listing = Files.list(path)) {
                listing.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                                .matches(".*\\.(txt|pdf|docx|xlsx)$"))
                        .map(Path::toString).sorted().forEach(inputs::add);
            }
        }
        if (inputs.isEmpty()) {
            throw new BadInputException("extract：目录中没有报告文件（.txt、.pdf、.docx、.xlsx）");
        }
        return inputs;
    }

    private static List<String> warnings(String file, ExtractedFile result) {
        List<String> lines = new ArrayList<>();
        for (Finding warning : result.isGoalSheet() ? result.goals().warnings() : result.report().warnings()) {
            lines.add("警告：" + file + "：" + warning.message() + "（" + warning.path() + "）");
        }
        return lines;
    }

    /**
     * PDFBox and POI log what they repair in damaged files, to stdout where no Spring logging is set up; stdout
     * carries only the document, and the user's message about a damaged file is the one line on stderr.
     */
    private static void quietLibraries() {
        for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi")) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(Level.OFF);
            }
        }
    }

    private static ExtractedFile extract(ReportExtractor extractor, String file) {
        try {
            if (InputFiles.STDIN.equals(file)) {
                return extractor.extractAny("标准输入", System.in);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new BadInputException(file + "：是目录，不是文件");
            }
            if (Files.size(path) > ReportExtractor.MAX_BYTES) {
                throw new BadInputException(file + "：文件超过 " + ReportExtractor.maxSize() + "，不像一份自评报告");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return extractor.extractAny(file, in);
            }
        } catch (ExtractionException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + "：文件不存在");
        } catch (IOException e) {
            throw new BadInputException(file + "：无法读取：" + e.getMessage());
        }
    }

    /** NAME.json for input NAME.pdf; a second input of the same name gets NAME-2.json. */
    private static String outputName(String file, List<String> taken) {
        String base = InputFiles.STDIN.equals(file) ? "stdin" : Path.of(file).getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        String name = base + ".json";
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n + ".json";
        }
        taken.add(name);
        return name;
    }
}
