package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.ReportFormat;

/**
 * A goal sheet damaged never raises anything but {@link ExtractionException}: its cells as text (a sheet copied
 * from a workbook, or typed) with passages cut, repeated elsewhere, or characters put in, give a sheet that can be
 * written as JSON or one clear line; and a file that is read as a report or a goal sheet alike.
 */
class GoalSheetRobustnessProperties {

    private static final String NOISE = "0123456789.．,，。；;：:、%（）()一二三四五六七八九十年度指标值实施周期"
            + "项目名称资金总额其中财政拨款其他资金一级二级三级设定依据历史标准 \n\n\t\t\f≥≤—“”\u00A0\u3000";

    private final GoalSheetExtractor goals = new GoalSheetExtractor();
    private final ReportExtractor reports = new ReportExtractor();

    @Provide
    Arbitrary<GoalSheet> sheets() {
        return GoalSheetRoundTripProperties.generated();
    }

    @Provide
    Arbitrary<List<ExtractionRobustnessProperties.Damage>> damages() {
        Arbitrary<ExtractionRobustnessProperties.Damage> damage = Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.strings().withChars(NOISE.toCharArray()).ofMinLength(1).ofMaxLength(12))
                .as(ExtractionRobustnessProperties.Damage::new);
        return damage.list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 300)
    void aDamagedSheetGivesASheetOrOneClearLine(@ForAll("sheets") GoalSheet sheet,
            @ForAll("damages") List<ExtractionRobustnessProperties.Damage> damages) {
        byte[] workbook = GoalSheetRenderer.render(sheet, ReportFormat.XLSX).content();
        String text = goals.extract("sheet.xlsx", workbook).sourceText();
        for (ExtractionRobustnessProperties.Damage damage : damages) {
            text = damage.apply(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        try {
            assertThat(GoalJson.write(goals.extract("damaged.txt", bytes).sheet())).startsWith("{");
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).startsWith("damaged.txt：").doesNotContain("\n");
        }
        try {
            ExtractedFile read = reports.extractAny("damaged.txt", bytes);
            assertThat(read.isGoalSheet() ? GoalJson.write(read.goals().sheet()) : "{").startsWith("{");
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).startsWith("damaged.txt：").doesNotContain("\n");
        }
    }
}
