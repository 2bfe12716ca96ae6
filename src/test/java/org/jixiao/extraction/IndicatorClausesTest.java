package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.extraction.FundsSentencesTest.read;

import org.jixiao.document.Comparison;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.junit.jupiter.api.Test;

/** Indicators a report tells in sentences, where a sentence pairs a name with its target and actual value. */
class IndicatorClausesTest {

    private static final String TITLE = "示例区残联2023年度中央转移支付绩效自评报告（残疾人事业发展补助资金）\n";

    @Test
    void nameTargetAndActualWithTheLevelsTheLeadNames() {
        EvaluationDocument document = read(TITLE + """
                （四）绩效指标完成情况分析。
                1、产出数量指标：第一，困难残疾人得到康复服务比例年初指标值为不低于80%，全年实际完成值95%。第二，资助托养服务人次数年初指标值为不低于50人，全年实际完成值58人。
                2、产出时效指标：项目完成时间年初指标值为2023年12月底，实际在规定时间内完成。
                3、社会效益指标：康复服务水平有所提高。
                """);

        assertThat(document.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.indicators()).extracting(Indicator::name).containsExactly("困难残疾人得到康复服务比例",
                    "资助托养服务人次数", "项目完成时间");
            Indicator people = task.indicators().get(1);
            assertThat(people.level1()).isEqualTo(IndicatorCategory.OUTPUT);
            assertThat(people.level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
            assertThat(people.levelInferred()).isFalse();
            assertThat(people.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
            assertThat(people.annualTarget().value()).isEqualByComparingTo("50");
            assertThat(people.annualTarget().unit()).isEqualTo("人");
            assertThat(people.actual().value()).isEqualByComparingTo("58");
            Indicator time = task.indicators().get(2);
            assertThat(time.level2()).isEqualTo(IndicatorSubcategory.TIMELINESS);
            assertThat(time.annualTarget().text()).isEqualTo("2023年12月底");
            assertThat(time.actual()).as("实际在规定时间内完成 states no value").isNull();
        });
    }

    @Test
    void indicatorsRunTogetherAfterTheirLevel() {
        EvaluationDocument document = read(TITLE + """
                3.时效指标。补助金每月中旬发放指标为100%实际完成值为100%优待金每年3月、9月份发放指标为100%实际完成值为98%
                """);

        assertThat(document.keyTasks().get(0).indicators()).satisfiesExactly(
                first -> {
                    assertThat(first.name()).isEqualTo("补助金每月中旬发放");
                    assertThat(first.level2()).isEqualTo(IndicatorSubcategory.TIMELINESS);
                    assertThat(first.actual().value()).isEqualByComparingTo("100");
                },
                second -> {
                    assertThat(second.name()).isEqualTo("优待金每年3月、9月份发放");
                    assertThat(second.annualTarget().value()).isEqualByComparingTo("100");
                    assertThat(second.actual().value()).isEqualByComparingTo("98");
                });
    }

    @Test
    void listedTargetsWithWhatWasDoneInAClauseOfTheirOwn() {
        EvaluationDocument document = read(TITLE + """
                4.绩效指标完成情况分析。
                数量指标:巡护无人机数量≥4架,实际投入4架;巡护飞行时长≥300小时,实际飞行时长288.5小时。
                质量指标:设备完好率≥95%。
                """);

        assertThat(document.keyTasks().get(0).indicators()).satisfiesExactly(
                drones -> {
                    assertThat(drones.name()).isEqualTo("巡护无人机数量");
                    assertThat(drones.level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
                    assertThat(drones.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
                    assertThat(drones.annualTarget().value()).isEqualByComparingTo("4");
                    assertThat(drones.annualTarget().unit()).isEqualTo("架");
                    assertThat(drones.actual().value()).isEqualByComparingTo("4");
                },
                hours -> {
                    assertThat(hours.name()).isEqualTo("巡护飞行时长");
                    assertThat(hours.annualTarget().value()).isEqualByComparingTo("300");
                    assertThat(hours.actual().value()).isEqualByComparingTo("288.5");
                },
                intact -> {
                    assertThat(intact.name()).isEqualTo("设备完好率");
                    assertThat(intact.level2()).isEqualTo(IndicatorSubcategory.QUALITY);
                    assertThat(intact.actual()).as("a target alone states nothing done").isNull();
                });
    }

    @Test
    void aTablesHeaderRunTogetherIsNoIndicator() {
        EvaluationDocument document = read(TITLE + """
                使地区环境更加优美绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分
                """);

        assertThat(document.keyTasks().get(0).indicators()).isEmpty();
    }
}
