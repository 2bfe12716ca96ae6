package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target wording as real reports write it, including what PDF extraction leaves behind. */
class TargetTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            98%以上            | >=          | 98     | %
            ≥95%               | >=          | 95     | %
            ≧95％              | >=          | 95     | %
            不低于90%          | >=          | 90     | %
            不超过1.5万元      | <=          | 1.5    | 万元
            ≤1.8万元           | <=          | 1.8    | 万元
            1次                | =           | 1      | 次
            100%               | =           | 100    | %
            0次                | =           | 0      | 次
            120万页            | =           | 120    | 万页
            5万人次以上        | >=          | 5      | 万人次
            达到预期           | QUALITATIVE | NULL   | NULL
            明显提升           | QUALITATIVE | NULL   | NULL
            ９８％以上         | >=          | 98     | %
            ９８ ％ 以上       | >=          | 98     | %
            98 % 以上          | >=          | 98     | %
            ≥ 95 %             | >=          | 95     | %
            ＞90%              | >           | 90     | %
            >90%               | >           | 90     | %
            >=85%              | >=          | 85     | %
            <=3天              | <=          | 3      | 天
            ＜5%               | <           | 5      | %
            ≤ 5 个工作日        | <=          | 5      | 个工作日
            3个工作日内        | <=          | 3      | 个工作日
            15天以内           | <=          | 15     | 天
            5%以下             | <=          | 5      | %
            不少于10场         | >=          | 10     | 场
            至少2次            | >=          | 2      | 次
            大于等于90分       | >=          | 90     | 分
            小于或等于200元    | <=          | 200    | 元
            低于3%             | <           | 3      | %
            高于95%            | >           | 95     | %
            超过1000人         | >           | 1000   | 人
            不高于预算         | QUALITATIVE | NULL   | NULL
            控制在50万元以内   | <=          | 50     | 万元
            30余场             | >=          | 30     | 场
            200多人            | >=          | 200    | 人
            1,181户            | =           | 1181   | 户
            1，181户           | =           | 1181   | 户
            5000人次           | =           | 5000   | 人次
            约1.5万人次        | =           | 1.5    | 万人次
            297宗              | =           | 297    | 宗
            100 %              | =           | 100    | %
            1 00%              | =           | 100    | %
            ≥１０次            | >=          | 10     | 次
            95%-100%           | >=          | 95     | %
            90%～100%          | >=          | 90     | %
            一次               | =           | 1      | 次
            两场               | =           | 2      | 场
            不少于十二期       | >=          | 12     | 期
            每年1次            | =           | 1      | 次
            1次/年             | =           | 1      | 次/年
            零投诉             | =           | 0      | NULL
            2023年12月底前完成 | QUALITATIVE | NULL   | NULL
            12月31日前         | QUALITATIVE | NULL   | NULL
            按时完成           | QUALITATIVE | NULL   | NULL
            进一步提升         | QUALITATIVE | NULL   | NULL
            有效改善           | QUALITATIVE | NULL   | NULL
            达到100%           | >=          | 100    | %
            达100%             | >=          | 100    | %
            0.5‰以下           | <=          | 0.5    | ‰
            =100%              | =           | 100    | %
            100%（含）以上     | >=          | 100    | %
            85 分以上          | >=          | 85     | 分
            """)
    void parsesWording(String text, String comparator, BigDecimal value, String unit) {
        Target target = Target.parse(text);

        assertThat(target.text()).isEqualTo(text);
        assertThat(target.comparator().symbol()).isEqualTo(comparator);
        if (value == null) {
            assertThat(target.value()).isNull();
        } else {
            assertThat(target.value()).isEqualByComparingTo(value);
        }
        assertThat(target.unit()).isEqualTo(unit);
    }

    @Test
    void blankWordingIsNoTarget() {
        assertThat(Target.parse("  ")).isNull();
        assertThat(Target.parse(null)).isNull();
    }

    @Test
    void wordingIsKeptAsTheSourceWroteIt() {
        assertThat(Target.parse(" ９８％以上 ").text()).isEqualTo(" ９８％以上 ");
    }

    @Test
    void aTargetGivenOnlyByItsMeaningIsWordedForReports() {
        Target target = new Target(null, Comparison.AT_LEAST, new BigDecimal("95"), "%", null);

        assertThat(target.text()).isEqualTo("≥95%");
    }

    @Test
    void aTargetGivenOnlyByItsWordingIsUnderstood() {
        Target target = new Target("不超过1.5万元", null, null, null, null);

        assertThat(target.comparator()).isEqualTo(Comparison.AT_MOST);
        assertThat(target.value()).isEqualByComparingTo("1.5");
        assertThat(target.unit()).isEqualTo("万元");
    }

    @Test
    void tenThousandsCompareWithPlainCounts() {
        Target target = Target.parse("5万人次以上");

        assertThat(target.baseValue()).isEqualByComparingTo("50000");
        assertThat(target.baseUnit()).isEqualTo("人次");
        assertThat(Target.parse("98%").baseUnit()).isEqualTo("%");
    }
}
