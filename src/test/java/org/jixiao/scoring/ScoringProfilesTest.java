package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.document.Grade;
import org.jixiao.document.IndicatorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles as data: the built-in MOF_2020, a deployment's folder of JSON and YAML files, and what is refused. */
class ScoringProfilesTest {

    @TempDir
    Path dir;

    @Test
    void mof2020HoldsTheNumbersOfTheSpec() {
        ScoringProfile mof = ScoringProfiles.builtIn().get("MOF_2020");

        assertThat(mof.executionPoints()).isEqualByComparingTo("10");
        assertThat(mof.categoryPoints()).containsOnlyKeys(IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT,
                IndicatorCategory.SATISFACTION);
        assertThat(mof.categoryPoints().get(IndicatorCategory.OUTPUT)).isEqualByComparingTo("50");
        assertThat(mof.categoryPoints().get(IndicatorCategory.BENEFIT)).isEqualByComparingTo("30");
        assertThat(mof.categoryPoints().get(IndicatorCategory.SATISFACTION)).isEqualByComparingTo("10");
        assertThat(mof.qualitative().partly().ratio()).isEqualByComparingTo("0.7");
        assertThat(mof.qualitative().notAchieved().to()).isEqualByComparingTo("60");
        assertThat(mof.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(mof.grade(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(mof.lint().targetTooLowPercent()).isEqualByComparingTo("20");
        assertThat(mof.options()).isEmpty();
        assertThat(mof.costHasOwnPoints()).isFalse();
        assertThat(ScoringProfiles.builtIn().defaultProfile()).isSameAs(mof);
    }

    @Test
    void aFolderAddsProfilesInJsonAndYamlBasedOnABuiltInOne() throws IOException {
        write("gd.yaml", """
                name: GD_2021
                basedOn: MOF_2020
                title: 某省项目支出绩效评价评分规则
                categoryPoints: {OUTPUT: 40, COST: 10, BENEFIT: 30, SATISFACTION: 10}
                overAchievement: {atPercentOfTarget: 130, deduction: 2}
                executionCaps:
                  - {from: 70, below: 80, maxTotal: 89}
                  - {from: 0, below: 70, maxTotal: 79}
                """);
        write("strict.json", """
                {"name": "STRICT", "basedOn": "GD_2021", "lint": {"targetTooLowPercent": 10}}""");

        ScoringProfiles profiles = ScoringProfiles.load(dir);

        assertThat(profiles.names()).containsExactly("MOF_2020", "GD_2021", "STRICT");
        ScoringProfile gd = profiles.get("GD_2021");
        assertThat(gd.costHasOwnPoints()).isTrue();
        assertThat(gd.options()).containsExactly("成本指标单独计分", "超额完成扣分", "按执行率封顶");
        assertThat(gd.capAt(new BigDecimal("75"))).isEqualByComparingTo("89");
        assertThat(gd.capAt(new BigDecimal("50"))).isEqualByComparingTo("79");
        assertThat(gd.capAt(new BigDecimal("80"))).isNull();
        // what GD_2021 does not say comes from MOF_2020
        assertThat(gd.qualitative().achieved().ratio()).isEqualByComparingTo("1");
        ScoringProfile strict = profiles.get("STRICT");
        assertThat(strict.lint().targetTooLowPercent()).isEqualByComparingTo("10");
        assertThat(strict.lint().lowExecutionRate()).isEqualByComparingTo("90");
        assertThat(strict.overAchievement()).isEqualTo(gd.overAchievement());
    }

    @Test
    void anUnknownNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> ScoringProfiles.builtIn().get("GD_2021"))
                .isInstanceOf(UnknownProfileException.class)
                .hasMessage("没有名为 GD_2021 的评分规则，可用的有：MOF_2020");
    }

    @Test
    void pointsThatDoNotAddUpTo100AreRefusedNamingTheFile() throws IOException {
        Path file = write("bad.json", """
                {"name": "BAD", "basedOn": "MOF_2020", "executionPoints": 20}""");

        assertThatThrownBy(() -> ScoringProfiles.load(dir))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("之和应为 100，实为 110");
    }

    @Test
    void aMisspelledFieldIsRefused() throws IOException {
        write("typo.json", """
                {"name": "TYPO", "basedOn": "MOF_2020", "executonPoints": 10}""");

        assertThatThrownBy(() -> ScoringProfiles.load(dir))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("typo.json")
                .hasMessageContaining("executonPoints");
    }

    @Test
    void aBuiltInNameCannotBeRedefined() throws IOException {
        write("mof.json", """
                {"name": "MOF_2020", "basedOn": "MOF_2020", "executionPoints": 20,
                 "categoryPoints": {"OUTPUT": 40, "BENEFIT": 30, "SATISFACTION": 10}}""");

        assertThatThrownBy(() -> ScoringProfiles.load(dir))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("内置评分规则的名称");
    }

    @Test
    void brokenFilesAndMissingFoldersAreNamed() throws IOException {
        write("broken.yml", "name: [unclosed");

        assertThatThrownBy(() -> ScoringProfiles.load(dir))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("broken.yml");
        assertThatThrownBy(() -> ScoringProfiles.load(dir.resolve("nowhere")))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("评分规则目录不存在");
    }

    @Test
    void aBasedOnCycleIsRefused() throws IOException {
        write("a.json", """
                {"name": "A", "basedOn": "B"}""");
        write("b.json", """
                {"name": "B", "basedOn": "A"}""");

        assertThatThrownBy(() -> ScoringProfiles.load(dir))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("循环");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
