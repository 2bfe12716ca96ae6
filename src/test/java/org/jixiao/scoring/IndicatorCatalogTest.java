package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/** Lint advice cites the catalog's entry of an indicator, and only in the findings about how it is set. */
class IndicatorCatalogTest {

    private static final IndicatorCatalog.Entry SATISFACTION = new IndicatorCatalog.Entry("GEN-001", "服务对象满意度",
            "泛称的满意度，宜写明对象和服务内容。", "%", "行业标准", List.of("≥90%"), true);
    private static final IndicatorCatalog.Entry CASES = new IndicatorCatalog.Entry("FE-002", "妇女儿童维权案件办结率",
            "已办结案件占受理案件的比例。", "%", "行业标准", List.of("≥98%"), false);

    private final IndicatorCatalog catalog = name -> switch (name) {
        case "服务对象满意度" -> SATISFACTION;
        case "案件办结率" -> CASES;
        default -> null;
    };

    @Test
    void aGenericIndicatorsFindingCitesTheCatalogsAdvice() {
        List<Finding> findings = new IndicatorLinter(ScoringProfiles.builtIn().get(null), catalog).lint(SeedDocument.load());

        Finding generic = findings.stream().filter(f -> f.is(FindingCode.GENERIC_INDICATOR)
                && "服务对象满意度（%）".equals(f.indicator())).findFirst().orElseThrow();
        assertThat(generic.suggestion()).endsWith("指标库 GEN-001 将“服务对象满意度”列为通用指标：泛称的满意度，宜写明对象和服务内容。");
        // a missing actual value is not about the indicator's definition: no citation
        assertThat(findings).filteredOn(f -> "案件办结率".equals(f.indicator()))
                .allSatisfy(f -> assertThat(f.suggestion()).doesNotContain("FE-002"));
    }

    @Test
    void aSpecificEntryIsCitedWithItsUnitAndTargetBasis() {
        assertThat(CASES.citation()).isEqualTo(
                "参见指标库 FE-002“妇女儿童维权案件办结率”：已办结案件占受理案件的比例。计量单位：%；目标值依据：行业标准（示例：≥98%）");
    }

    @Test
    void withoutACatalogTheAdviceIsAsBefore() {
        assertThat(new IndicatorLinter(ScoringProfiles.builtIn().get(null), IndicatorCatalog.NONE).lint(SeedDocument.load()))
                .isEqualTo(new IndicatorLinter(ScoringProfiles.builtIn().get(null)).lint(SeedDocument.load()));
    }
}
