package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Items of a section under every numbering reports use. */
class NumberedItemsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "主要职责是：1.甲事。2.乙事。3.丙事。",
        "1、甲事。2、乙事。3、丙事。",
        "１．甲事。２．乙事。３．丙事。",
        "（1）甲事。（2）乙事。（3）丙事。",
        "(1)甲事。(2)乙事。(3)丙事。",
        "1)甲事。2)乙事。3)丙事。",
        "1）甲事；2）乙事；3）丙事。",
        "①甲事。②乙事。③丙事。",
        "一、甲事。二、乙事。三、丙事。",
        "（一）甲事。（二）乙事。（三）丙事。",
        "(一)甲事。(二)乙事。(三)丙事。",
    })
    void eachNumbering(String text) {
        assertThat(NumberedItems.texts(text)).containsExactly(text.contains("；") ? "甲事" : "甲事。",
                text.contains("；") ? "乙事" : "乙事。", "丙事。");
    }

    @Test
    void clausesNumberedOneTwoThreeLoseTheirClosingPunctuation() {
        assertThat(NumberedItems.texts("针对存在的问题，一是加强培训；二是压实责任；三是加强结果应用。"))
                .containsExactly("加强培训", "压实责任", "加强结果应用");
    }

    @Test
    void theNumberingThatBeginsFirstWinsAndKeepsInnerListsInTheirItem() {
        assertThat(NumberedItems.texts("1.坚持甲。2.坚持乙。一是联动上级；二是联动部门。"))
                .containsExactly("坚持甲。", "坚持乙。一是联动上级；二是联动部门。");
    }

    @Test
    void decimalsAreNoNumbers() {
        assertThat(NumberedItems.texts("1.线上线下约1.5万人次参与。2.发放补助238.8万元。"))
                .containsExactly("线上线下约1.5万人次参与。", "发放补助238.8万元。");
    }

    @Test
    void aNumberInsideASentenceIsNoItem() {
        assertThat(NumberedItems.texts("全年完成3个项目，其中2个已验收。")).containsExactly("全年完成3个项目，其中2个已验收。");
    }

    @Test
    void textWithoutNumbersIsOneItemAndBlankTextNone() {
        assertThat(NumberedItems.texts("绩效指标设定不够精细。")).containsExactly("绩效指标设定不够精细。");
        assertThat(NumberedItems.texts("  ")).isEmpty();
    }
}
