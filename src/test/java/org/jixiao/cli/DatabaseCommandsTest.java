package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and export against a database file of their own, as a user runs them while the server is stopped. */
class DatabaseCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db/jixiao")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void exportGivesBackWhatImportStored() throws IOException {
        CommandLineRun imported = CommandLineRun.of("import", write("seed.json", SeedDocument.json()).toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("\"action\": \"created\"", "广州市荔湾区妇女联合会");

        CommandLineRun exported = CommandLineRun.of("export", "--year", "2023");
        assertThat(exported.exitCode()).isZero();
        assertThat(DocumentJson.read(exported.out())).isEqualTo(SeedDocument.load());
        assertThat(exported.out()).isEqualTo(DocumentJson.write(SeedDocument.load()));
    }

    @Test
    void exportToAFolderWritesOneFilePerEvaluation() throws IOException {
        CommandLineRun.of("import", write("seed.json", SeedDocument.json()).toString());

        CommandLineRun run = CommandLineRun.of("export", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isZero();
        Path file = dir.resolve("out/广州市荔湾区妇女联合会-2023.json");
        assertThat(file).exists();
        assertThat(DocumentJson.read(Files.readString(file))).isEqualTo(SeedDocument.load());
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void importOfABadFileChangesNothing() throws IOException {
        Path good = write("seed.json", SeedDocument.json());
        CommandLineRun.of("import", good.toString());
        String before = CommandLineRun.of("export").out();
        String otherYear = SeedDocument.json().replace("\"fiscalYear\": 2023", "\"fiscalYear\": 2024");
        Path bad = write("bad.json", SeedDocument.json().replace("\"budget\": 91.2", "\"budget\": \"91.2万元\""));

        CommandLineRun run = CommandLineRun.of("import", write("2024.json", otherYear).toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith(bad + ": $.keyTasks[0].budget：金额应为数字");
        assertThat(CommandLineRun.of("export").out()).isEqualTo(before);
    }

    @Test
    void importOfBrokenJsonNamesTheLine() throws IOException {
        Path broken = write("broken.json", SeedDocument.json().replace("\"kind\": \"DEPARTMENT_OVERALL\",", "\"kind\": ,"));

        CommandLineRun run = CommandLineRun.of("import", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(broken + ":3:");
    }

    @Test
    void anExportedArrayImportsAsAWhole() throws IOException {
        String seed2024 = SeedDocument.json().replace("\"fiscalYear\": 2023", "\"fiscalYear\": 2024");
        CommandLineRun.of("import", write("a.json", SeedDocument.json()).toString(), write("b.json", seed2024).toString());
        String array = CommandLineRun.of("export").out();
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db2/jixiao")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

        CommandLineRun run = CommandLineRun.of("import", write("all.json", array).toString());

        assertThat(run.exitCode()).isZero();
        List<EvaluationDocument> documents = DocumentJson.readAll(CommandLineRun.of("export").out());
        assertThat(documents).extracting(EvaluationDocument::fiscalYear).containsExactly(2024, 2023);
    }

    @Test
    void exportOfAnUnknownEvaluationIsBadInput() {
        CommandLineRun run = CommandLineRun.of("export", "--id", "4711");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("4711");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
