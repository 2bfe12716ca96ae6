package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract FILE... [--out DIR]} as docs/command-line.md describes it: documents out, warnings and errors on stderr. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void oneReportPrintsItsDocument() throws IOException {
        Path seed = resource("/extraction/seed-liwan-2023.txt", "seed.txt");

        CommandLineRun run = CommandLineRun.of("extract", seed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(DocumentJson.read(run.out())).isEqualTo(SeedDocument.load());
        assertThat(run.out()).contains("\"name\": \"广州市荔湾区妇女联合会\"");
    }

    @Test
    void severalReportsGoIntoTheOutputDirectoryOneFileEach() throws IOException {
        Path seed = resource("/extraction/seed-liwan-2023.txt", "seed.txt");
        Path archives = resource("/extraction/corpus/d02-archives-2021.txt", "archives.txt");
        Path out = dir.resolve("documents");

        CommandLineRun run = CommandLineRun.of("extract", seed.toString(), archives.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("已写出 2 份评价文档");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seed.json", "archives.json");
        }
        assertThat(read(out.resolve("seed.json"))).isEqualTo(SeedDocument.load());
        assertThat(read(out.resolve("archives.json")).department().name()).isEqualTo("广州市档案馆");
    }

    @Test
    void figuresThatDoNotAddUpAreWarningsAndTheDocumentIsStillWritten() throws IOException {
        Path report = resource("/extraction/corpus/d08-huangpu-science-2023.txt", "huangpu.txt");

        CommandLineRun run = CommandLineRun.of("extract", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(DocumentJson.read(run.out()).funds().byNature().basic()).isEqualByComparingTo("1200");
        assertThat(run.err()).startsWith("警告：" + report + "：基本支出与项目支出合计 1900.00 万元，与全年执行数 1950.00 万元不符")
                .contains("$.funds.byNature");
    }

    @Test
    void aBadInputAmongSeveralIsSaidAndTheOthersAreWrittenWhole() throws IOException {
        Path seed = resource("/extraction/seed-liwan-2023.txt", "seed.txt");
        Path letter = Files.writeString(dir.resolve("letter.txt"), "周五下午开会。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("documents");

        CommandLineRun run = CommandLineRun.of("extract", seed.toString(), letter.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("未读：" + letter + "：不是绩效自评报告")
                .contains(seed + " → seed.json：读出 年度、单位名称、部门职能")
                .contains("已写出 1 份评价文档到 " + out + "；1 个文件未读")
                .doesNotContain("Exception");
        assertThat(DocumentJson.read(Files.readString(out.resolve("seed.json")))).isEqualTo(SeedDocument.load());
        assertThat(out.resolve("letter.json")).doesNotExist();
    }

    @Test
    void aFolderOfReportsIsReadFileByFileSayingWhatWasNotFound() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        resource("/extraction/seed-liwan-2023.txt", "reports/seed.txt");
        Files.writeString(folder.resolve("form.txt"), String.join("\n", "2022年度项目支出绩效自评表", "项目名称", "社区助老服务",
                "主管部门", "某区民政局", "实施单位", "某区养老服务中心"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.md"), "not a report", StandardCharsets.UTF_8);
        Path out = dir.resolve("documents");

        CommandLineRun run = CommandLineRun.of("extract", folder.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("seed.json")).exists();
        assertThat(out.resolve("notes.json")).doesNotExist();
        EvaluationDocument form = DocumentJson.read(Files.readString(out.resolve("form.json")));
        assertThat(form.keyTasks().get(0).name()).isEqualTo("社区助老服务");
        assertThat(form.department().name()).isEqualTo("某区养老服务中心");
        assertThat(run.err()).contains("form.txt → form.json：读出 年度、实施单位、主管部门、项目名称；未读出 预算数、执行数、执行率")
                .contains("已写出 2 份评价文档");
    }

    @Test
    void badInputsAreOneLineAndExitTwo() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: 200 MB that take no disk
        }

        CommandLineRun emptyRun = CommandLineRun.of("extract", empty.toString());
        CommandLineRun binaryRun = CommandLineRun.of("extract", binary.toString());
        CommandLineRun hugeRun = CommandLineRun.of("extract", huge.toString());
        CommandLineRun missingRun = CommandLineRun.of("extract", dir.resolve("nowhere.pdf").toString());
        CommandLineRun directoryRun = CommandLineRun.of("extract", dir.toString());

        for (CommandLineRun run : new CommandLineRun[] {emptyRun, binaryRun, hugeRun, missingRun, directoryRun}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).isEqualTo(1);
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(emptyRun.err()).contains("empty.pdf：文件为空");
        assertThat(binaryRun.err()).contains("image.txt：不是文本文件");
        assertThat(hugeRun.err()).contains("huge.pdf：文件超过 50 MB");
        assertThat(missingRun.err()).contains("nowhere.pdf：文件不存在");
        assertThat(directoryRun.err()).contains("是目录");
    }

    @Test
    void aReportOnStandardInput() throws IOException {
        InputStream stdin = System.in;
        try (InputStream seed = getClass().getResourceAsStream("/extraction/seed-liwan-2023.txt")) {
            System.setIn(seed);
            CommandLineRun run = CommandLineRun.of("extract", "-");

            assertThat(run.exitCode()).isZero();
            assertThat(DocumentJson.read(run.out())).isEqualTo(SeedDocument.load());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void severalFilesWithoutAnOutputDirectoryAreRefused() throws IOException {
        Path seed = resource("/extraction/seed-liwan-2023.txt", "seed.txt");

        CommandLineRun run = CommandLineRun.of("extract", seed.toString(), seed.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--out");
    }

    private Path resource(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static EvaluationDocument read(Path file) throws IOException {
        return DocumentJson.read(Files.readString(file, StandardCharsets.UTF_8));
    }
}
