package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Letters a scan's recognition read for digits are mended among figures, and only there. */
class OcrSlipsTest {

    @Test
    void lettersAmongFiguresAreDigits() {
        assertThat(OcrSlips.repair("保障人数102370人2370人IO指标2")).isEqualTo("保障人数102370人2370人10指标2");
        assertThat(OcrSlips.repair("验收合格率1O0%")).isEqualTo("验收合格率100%");
        assertThat(OcrSlips.repair("维修成本335万兀35万元")).isEqualTo("维修成本335万元35万元");
    }

    @Test
    void wordsInLettersStayWords() {
        assertThat(OcrSlips.repair("福彩APP系统通过ISO9001认证,OA系统上线")).isEqualTo("福彩APP系统通过ISO9001认证,OA系统上线");
        assertThat(OcrSlips.repair("兀自")).isEqualTo("兀自");
    }

    @Test
    void theTextKeepsItsLength() {
        String text = "得分IO,执行率1O0%";
        assertThat(OcrSlips.repair(text)).hasSameSizeAs(text);
    }
}
