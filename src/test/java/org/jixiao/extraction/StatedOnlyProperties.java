package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PublishedReportReader#statedOnly} states the very score {@link PublishedReportReader#read} states (total,
 * grade, text, and where each was read): the extractor takes it in place of the whole reading for a report the
 * template's reader read whole.
 */
class StatedOnlyProperties {

    private final ExtractionRobustnessProperties damage = new ExtractionRobustnessProperties();

    static List<String> reports() {
        return Stream.concat(Corpus.all().stream(), Stream.of("seed")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theCorpusScoreIsTheWholeReadingsScore(String report) {
        assertSameScore(text(report));
    }

    /** Scores in forms' cells (label and value, 总分 | 100 | 94, run together) and in sentences, one form or several. */
    @ParameterizedTest
    @ValueSource(strings = {
        "示例县民政局2022年度救助资金绩效自评报告\n一、自评结论\n经评价，该项目自评得分为95分，评价等级为“优”。\n",
        "项目支出绩效自评表\n项目名称\t救助资金\n实施单位\t示例县民政局\n年初预算数\t全年预算数\t全年执行数\n10\t10\t9\n自评得分\t94\n",
        "项目支出绩效自评表\n项目名称\t救助资金\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                + "产出指标\t数量指标\t救助人数\t100人\t100人\t50\t50\n总分\t100\t94\n",
        "项目支出绩效自评表\n项目名称\t救助资金\n总分\t10099\n评价等级\t优\n",
        "项目支出绩效自评表（一）\n项目名称\t甲\n全年预算数\t全年执行数\n10\t9\n自评得分\t90\n"
                + "项目支出绩效自评表（二）\n项目名称\t乙\n全年预算数\t全年执行数\n20\t19\n自评得分\t80\n综合得分为85分\n",
        "2022年度部门整体支出绩效自评报告\n绩效评分100分，自评为良。\n附件：项目支出绩效自评表\n自评得分\t88\n",
    })
    void formsAndSentencesScoreAsTheWholeReading(String text) {
        StatedReport whole = PublishedReportReader.read(SourceText.of(text));
        assertThat(whole.statedTotal != null || whole.statedGrade != null).isTrue();
        assertSameScore(text);
    }

    @Property(tries = 300)
    void aDamagedReportsScoreIsTheWholeReadingsScore(@ForAll("reports") String report,
            @ForAll("damages") List<ExtractionRobustnessProperties.Damage> damages) {
        String text = text(report);
        for (ExtractionRobustnessProperties.Damage d : damages) {
            text = d.apply(text);
        }
        assertSameScore(text);
    }

    @Provide("reports")
    Arbitrary<String> reportNames() {
        return damage.reports();
    }

    @Provide
    Arbitrary<List<ExtractionRobustnessProperties.Damage>> damages() {
        return damage.damages();
    }

    private static void assertSameScore(String text) {
        StatedReport whole = PublishedReportReader.read(SourceText.of(text));
        StatedReport stated = PublishedReportReader.statedOnly(SourceText.of(text));
        assertThat(stated.statedTotal).isEqualTo(whole == null ? null : whole.statedTotal);
        assertThat(stated.statedGrade).isEqualTo(whole == null ? null : whole.statedGrade);
        assertThat(stated.statedText).isEqualTo(whole == null ? null : whole.statedText);
    }

    private static String text(String report) {
        byte[] bytes = report.equals("seed") ? Corpus.bytes(SeedReportTest.SEED) : Corpus.text(report);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
