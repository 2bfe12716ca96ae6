package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers of sentences never fail, whatever the text: words of headings, labels, amounts, brackets and numbers
 * strung together at random give a report or none, and its document.
 */
class NarrativeRobustnessProperties {

    private static final List<String> WORDS = List.of("一、", "二、", "（一）", "(二)", "1.", "2、", "(1)", "2)", "①", "一是",
            "二是", "第一，", "项目一：", "项目二:", "绩效目标", "绩效目标：", "绩效目标为", "存在的问题：", "下一步改进措施：",
            "自评结论：", "主要职能是", "部门职能", "重点工作任务", "年度总体目标", "预算数", "全年预算数为", "执行数", "执行率",
            "完成预算的", "下达", "共", "共计", "其中", "其中：", "调减", "全年实际下达", "年初", "年末结转结余", "上年结转",
            "人员经费", "公用经费", "基本支出", "项目支出", "支出", "收入", "到位", "支付率", "发放", "指标值为", "年初指标值为不低于",
            "实际完成值", "产出数量指标：", "自评得分", "分", "自评为优", "万元", "万", "元", "亿元", "%", "12", "3.5", "2023年",
            "12月", "2019年", "100", "0", "，", "。", "；", ":", "（", "）", "(", ")", "《", "》", "〔", "〕", "【", "】", "“",
            "”", "\n", " ", "  ", "\f", "\t", "无", "项目", "经费", "资金", "甲乙", "实施主体为", "示例县局", "欢迎来到", "网站",
            "绩效自评报告", "部门整体支出", "*", "-", "—", ".", "、");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(300).map(words -> String.join("", words));
    }

    @Property(tries = 400)
    void anyStringOfTheirWordsIsReadWithoutFailing(@ForAll("texts") String text) {
        assertThatCode(() -> {
            StatedReport report = PublishedReportReader.read(SourceText.of(text));
            if (report != null) {
                report.document();
                report.origins(SourceText.of(text));
            }
        }).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void anyCharactersAreReadWithoutFailing(@ForAll("characters") String text) {
        assertThatCode(() -> {
            StatedReport report = PublishedReportReader.read(SourceText.of("绩效自评报告\n" + text));
            if (report != null) {
                report.document();
            }
        }).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.strings().withChars("0123456789.,，。；;:：、%（）()一二三四五六七八九十是万元年项目预算执行其中共 \n\f①")
                .ofMaxLength(400);
    }
}
