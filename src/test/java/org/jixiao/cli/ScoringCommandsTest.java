package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.StatedScore;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code score} and {@code lint} as docs/command-line.md has them: what they print and how they exit. */
class ScoringCommandsTest {

    @TempDir
    Path dir;

    @Test
    void scorePrintsTheScoreObjectOfTheSeed() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", seed().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode score = DocumentJson.parseTree(run.out());
        assertThat(score.get("profile").asString()).isEqualTo("MOF_2020");
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(score.get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(score.get("execution").decimalValue()).isEqualByComparingTo("10");
        JsonNode task = score.get("keyTasks").get(0);
        assertThat(task.get("name").asString()).isEqualTo("妇联活动及组织建设阵地建设");
        assertThat(task.get("indicators").get(0).get("points").decimalValue()).isEqualByComparingTo("25");
        assertThat(task.get("indicators").get(0).has("ratio")).isTrue();
        assertThat(task.get("indicators").get(0).has("score")).isTrue();
        assertThat(run.out()).contains("服务对象满意度（%）");
    }

    @Test
    void scoreWithAProfileFromTheProfilesFolder() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("gd.yaml"), """
                name: GD_2021
                basedOn: MOF_2020
                executionCaps: [{from: 0, below: 100, maxTotal: 79}]
                """, StandardCharsets.UTF_8);
        String halfSpent = SeedDocument.json().replace("\"executed\": 688.34,\n    \"executionRate\": 100",
                "\"executed\": 344.17,\n    \"executionRate\": 50");
        Path file = Files.writeString(dir.resolve("half.json"), halfSpent, StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("score", file.toString(), "--profile", "GD_2021",
                "--profiles-dir", profiles.toString());

        // execution 50 %: 5 + 90 = 95, capped at 79 by GD_2021, 中
        assertThat(run.exitCode()).isZero();
        JsonNode score = DocumentJson.parseTree(run.out());
        assertThat(score.get("profile").asString()).isEqualTo("GD_2021");
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("79");
        assertThat(score.get("grade").asString()).isEqualTo("FAIR");
    }

    @Test
    void anUnknownProfileNamesTheAvailableOnes() throws IOException {
        CommandLineRun run = CommandLineRun.of("score", seed().toString(), "--profile", "NOPE");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("NOPE", "MOF_2020");
    }

    @Test
    void aBrokenProfilesFolderIsBadInput() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("bad.json"), "{\"name\": \"BAD\", \"basedOn\": \"MOF_2020\", \"executionPoints\": 30}");

        CommandLineRun run = CommandLineRun.of("score", seed().toString(), "--profiles-dir", profiles.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("bad.json", "100");
    }

    @Test
    void lintPrintsTheSeedsWeaknessesAndExitsZeroWithoutErrors() throws IOException {
        CommandLineRun run = CommandLineRun.of("lint", seed().toString());

        assertThat(run.exitCode()).isZero();
        JsonNode findings = DocumentJson.parseTree(run.out());
        assertThat(findings.isArray()).isTrue();
        assertThat(run.out()).contains("\"code\": \"MISSING_BENEFIT\"", "\"code\": \"GENERIC_INDICATOR\"",
                "\"indicator\": \"召开会议次数\"", "\"suggestion\": ", "没有效益指标");
        // the shipped indicator library is cited as in the workspace of a new installation
        assertThat(run.out()).contains("指标库 GEN-001 将“服务对象满意度”列为通用指标", "指标库 GEN-004 将“召开会议次数”列为通用指标");
    }

    @Test
    void lintExitsOneOnAnError() throws IOException {
        // the seed's 开展主题活动 reached 2 of 4 and says so, without a deviation reason
        String json = SeedDocument.json().replaceFirst(
                "\"actual\": \\{\\s*\"text\": \"4次\",\\s*\"comparator\": \"=\",\\s*\"value\": 4,\\s*\"unit\": \"次\"\\s*},\\s*\"met\": true",
                "\"actual\": \"2次\", \"met\": false");
        assertThat(json).isNotEqualTo(SeedDocument.json());
        Path file = Files.writeString(dir.resolve("unmet.json"), json, StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("lint", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\": \"UNMET_WITHOUT_REASON\"", "\"severity\": \"ERROR\"", "开展主题活动");
    }

    @Test
    void scoreShowsTheReportsOwnScoreBesideItsOwn() throws IOException {
        Path file = write("stated.json", SeedDocument.load().withStatedScore(
                new StatedScore(new BigDecimal("98.14"), "优", "经评价，自评得分98.14分，评价等级为优。")));

        CommandLineRun run = CommandLineRun.of("score", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode score = DocumentJson.parseTree(run.out());
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(score.get("stated").get("total").decimalValue()).isEqualByComparingTo("98.14");
        assertThat(score.get("stated").get("grade").asString()).isEqualTo("优");
        assertThat(score.get("stated").get("difference").decimalValue()).isEqualByComparingTo("-1.86");
    }

    @Test
    void aDocumentWithoutIndicatorsIsNotScoredAndExitsOneSayingWhatIsMissing() throws IOException {
        EvaluationDocument seed = SeedDocument.load();
        Path file = write("bare.json", seed.withKeyTasks(seed.keyTasks().stream()
                .map(task -> task.withIndicators(List.of())).toList()));

        CommandLineRun run = CommandLineRun.of("score", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode score = DocumentJson.parseTree(run.out());
        assertThat(score.get("total").isNull()).isTrue();
        assertThat(score.get("grade").isNull()).isTrue();
        assertThat(score.get("notScorable").get("reason").asString()).isEqualTo("NO_INDICATORS");
        assertThat(score.get("notScorable").get("message").asString()).isEqualTo("重点工作任务均无绩效指标，无法评分");
        assertThat(score.get("keyTasks").size()).isZero();
        assertThat(run.err()).isEqualTo("NOT_SCORABLE 重点工作任务均无绩效指标，无法评分" + System.lineSeparator());
    }

    @Test
    void lintReportsADocumentWithoutKeyTasksAsAnError() throws IOException {
        Path file = write("empty.json", SeedDocument.load().withKeyTasks(List.of()));

        CommandLineRun score = CommandLineRun.of("score", file.toString());
        CommandLineRun lint = CommandLineRun.of("lint", file.toString());

        assertThat(score.exitCode()).isEqualTo(1);
        assertThat(DocumentJson.parseTree(score.out()).get("notScorable").get("message").asString())
                .isEqualTo("没有重点工作任务，无法评分");
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains("\"code\": \"NOT_SCORABLE\"", "\"severity\": \"ERROR\"",
                "\"message\": \"没有重点工作任务，无法评分\"");
    }

    @Test
    void lintWarnsWhereTheStatedScoreIsNotTheComputedOne() throws IOException {
        Path file = write("stated.json", SeedDocument.load().withStatedScore(new StatedScore(new BigDecimal("95.5"), "优", null)));

        CommandLineRun run = CommandLineRun.of("lint", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"code\": \"STATED_SCORE_DIFFERS\"",
                "报告自评得分 95.5 分，按评分规则（MOF_2020）计算为 100.00 分（优），相差 4.50 分（超过 1 分）");
    }

    private Path write(String name, EvaluationDocument document) throws IOException {
        return Files.writeString(dir.resolve(name), DocumentJson.write(document), StandardCharsets.UTF_8);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"kind\": ,\n}");
        Path array = Files.writeString(dir.resolve("array.json"), "[" + SeedDocument.json() + "]");

        for (String command : new String[] {"score", "lint"}) {
            for (CommandLineRun run : new CommandLineRun[] {CommandLineRun.of(command, broken.toString()),
                    CommandLineRun.of(command, array.toString()), CommandLineRun.of(command, dir.resolve("none.json").toString())}) {
                assertThat(run.exitCode()).isEqualTo(2);
                assertThat(run.out()).isEmpty();
                assertThat(run.errLines()).isEqualTo(1);
            }
        }
        assertThat(CommandLineRun.of("score", broken.toString()).err()).startsWith(broken + ":2:");
        assertThat(CommandLineRun.of("lint", array.toString()).err()).contains("应为单个评价文档");
    }

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("seed.json"), SeedDocument.json(), StandardCharsets.UTF_8);
    }
}
