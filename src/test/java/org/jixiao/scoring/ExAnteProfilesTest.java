package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in ex-ante profile, a deployment's own, and what a broken one is told. */
class ExAnteProfilesTest {

    private static final String OWN = """
            name: GZ_EX_ANTE
            title: 某市事前绩效评估评分规则
            threshold: 1000
            criteria:
              - {code: NEED, title: 立项必要性, weight: 40, points: [{code: NEED_A, title: 需求, points: 40}]}
              - {code: MONEY, title: 筹资合规性, weight: 60, points: [{code: MONEY_A, title: 来源, points: 35},
                  {code: MONEY_B, title: 分担, points: 25}]}
            conclusion: {supportFrom: 85, adjustFrom: 70}
            vetoes: [{criterion: NEED, atOrBelow: 10}]
            """;

    @Test
    void theBuiltInProfileHasFiveCriteriaWeighingAHundred() {
        ExAnteProfile profile = ExAnteProfiles.builtIn().get(null);
        assertThat(profile.name()).isEqualTo("EX_ANTE_2024");
        assertThat(profile.criteria()).extracting(ExAnteProfile.Criterion::title)
                .containsExactly("立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性");
        assertThat(profile.criteria()).extracting(c -> c.weight().intValue()).containsExactly(25, 20, 20, 20, 15);
        assertThat(profile.conclusion().supportFrom()).isEqualByComparingTo("80");
        assertThat(profile.threshold()).isEqualByComparingTo("500");
    }

    @Test
    void aDeploymentAddsItsOwnProfileBesideTheBuiltInOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("gz.yaml"), OWN);
        ExAnteProfiles profiles = ExAnteProfiles.load(folder);
        assertThat(profiles.names()).containsExactly("EX_ANTE_2024", "GZ_EX_ANTE");
        ExAnteProfile own = profiles.get("GZ_EX_ANTE");
        // 需求 10 (≤ 10: veto), 来源 35, 分担 25: 70 would be 调整后支持, the veto makes it 不予支持
        ExAnteScore score = ExAnteScorer.score(own, Map.of("NEED_A", BigDecimal.TEN,
                "MONEY_A", new BigDecimal("35"), "MONEY_B", new BigDecimal("25")));
        assertThat(score.total()).isEqualByComparingTo("70");
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.REJECT);
    }

    @Test
    void weightsNotAddingUpToAHundredAreNamed(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bad.yaml"), OWN.replace("weight: 60", "weight: 50")
                .replace("points: 25}", "points: 15}"));
        assertThatThrownBy(() -> ExAnteProfiles.load(folder))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("各项评估内容的权重之和应为 100，实为 立项必要性 40 + 筹资合规性 50 = 90");
    }

    @Test
    void subPointsNotAddingUpToTheirCriterionAreNamed() {
        assertThatThrownBy(() -> ExAnteProfiles.parse("""
                {"name": "X", "title": "x", "conclusion": {"supportFrom": 80, "adjustFrom": 60},
                 "criteria": [{"code": "A", "title": "立项必要性", "weight": 100,
                   "points": [{"code": "A1", "title": "需求", "points": 90}]}]}""", "x.json"))
                .hasMessage("x.json: 立项必要性的评分要点分值之和应等于其权重 100，实为 90");
    }

    @Test
    void aBrokenProfileIsRefusedNamingItsFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("twice.json"), "{\"name\": \"EX_ANTE_2024\", \"title\": \"x\"}");
        assertThatThrownBy(() -> ExAnteProfiles.load(folder)).hasMessageContaining("twice.json");
        Files.delete(folder.resolve("twice.json"));
        Files.writeString(folder.resolve("veto.yaml"), OWN.replace("criterion: NEED", "criterion: NOPE"));
        assertThatThrownBy(() -> ExAnteProfiles.load(folder))
                .hasMessageContaining("veto.yaml").hasMessageContaining("vetoes 指向不存在的评估内容 NOPE");
        assertThatThrownBy(() -> ExAnteProfiles.builtIn().get("NOPE")).isInstanceOf(UnknownProfileException.class);
    }
}
