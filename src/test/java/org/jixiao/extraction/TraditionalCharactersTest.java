package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The table of traditional characters the reader folds with is ICU's (TraditionalTable makes it), and folding is
 * one character for one, so that a value found in the folded text is cut from the original in its own wording.
 */
class TraditionalCharactersTest {

    @Test
    void theShippedTableIsIcusTraditionalSimplifiedForSingleCharacters() throws IOException {
        assertThat(Files.readString(TraditionalTable.FILE, StandardCharsets.UTF_8)).isEqualTo(TraditionalTable.generate());
    }

    @Test
    void traditionalFullWidthAndOddSpacesFoldOneForOne() {
        String original = "整體支出績效評價（２０２３年度）\u00A0預算數：１００％\u3000以後";

        String folded = Folding.fold(original);

        assertThat(folded).isEqualTo("整体支出绩效评价(2023年度) 预算数:100% 以后");
        assertThat(folded).hasSameSizeAs(original);
    }

    @Test
    void simplifiedTextAndTheFullWidthCommaStayAsTheyAre() {
        assertThat(Folding.fold("显著提高，达到100，200人次")).isEqualTo("显著提高，达到100，200人次");
    }

    @Test
    void pinyinThatDocumentSitesPrintAfterEachCharacterIsTakenOut() {
        SourceText text = SourceText.of("項(xiàng)目績(jì)效自評(píng)報(bào)告（2021年度）");

        assertThat(text.display()).isEqualTo("項目績效自評報告（2021年度）");
        assertThat(text.folded()).isEqualTo("项目绩效自评报告(2021年度)");
    }
}
