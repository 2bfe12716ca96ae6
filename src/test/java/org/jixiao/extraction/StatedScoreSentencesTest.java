package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.extraction.FundsSentencesTest.read;

import org.jixiao.document.EvaluationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The score and grade a report gives itself, in its sentences; a rule's points are none. And the unit it names. */
class StatedScoreSentencesTest {

    private static final String TITLE = "示例县民政局2022年度救助资金绩效自评报告\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "经评价，该项目自评得分为95分。|95|",
        "项目严格按照方案实施，绩效评分100分，自评为优。|100|优",
        "项目自评分：98.5分|98.5|",
        "自評得分96分，評價等級為“良”。|96|良",
        "综合评分为97分。|97|",
        "自评总分(分) 97.93 年初预算数|97.93|",
        "经各股室综合评价，我局本年度专项支出绩效自评 96分。|96|",
    })
    void scoreAndGrade(String sentence, String total, String grade) {
        EvaluationDocument document = read(TITLE + "一、自评结论\n" + sentence + "\n");

        assertThat(document.statedScore().total()).isEqualByComparingTo(total);
        assertThat(document.statedScore().grade()).isEqualTo(grade);
    }

    @Test
    void anIndicatorsPointsBeforeTheTotalAreNoScore() {
        EvaluationDocument document = read(TITLE + """
                四、绩效指标分析
                （一）决策情况（20分）：项目立项规范，得分20分。
                （二）过程情况（30分）：资金管理规范，得分28分。
                五、综合评价
                综上，该项目综合得分为95分，评价等级为优。
                """);

        assertThat(document.statedScore().total()).isEqualByComparingTo("95");
        assertThat(document.statedScore().grade()).isEqualTo("优");
    }

    @Test
    void aScaleIsNoScore() {
        EvaluationDocument document = read(TITLE + "一、自评结论\n按照自评100分制，从决策、过程、产出、效益四方面评价。\n");

        assertThat(document.statedScore()).isNull();
    }

    @Test
    void aRulesPointsAreNoScore() {
        EvaluationDocument document = read(TITLE + "预算执行率分值20分，满分100分。\n");

        assertThat(document.statedScore()).isNull();
    }

    @Test
    void theUnitThatDidTheWorkWhereNeitherTitleNorPageNamesIt() {
        EvaluationDocument document = read("""
                关于开展转移支付绩效自评工作的情况报告
                根据《示例旗财政局关于开展绩效自评工作的通知》（示财发〔2024〕5号）文件要求，示例苏木人民政府开展并完成了绩效自评工作。
                """);

        assertThat(document.department().name()).isEqualTo("示例苏木人民政府");
    }

    @Test
    void theUnitsOwnSiteNamesIt() {
        EvaluationDocument document = read("""
                欢迎来到示例县政协网站!
                您现在的位置: 首页 > 通知公告
                部门整体支出绩效评价报告
                一、基本情况
                2021年部门决算收支完成情况。
                """);

        assertThat(document.department().name()).isEqualTo("示例县政协");
    }
}
