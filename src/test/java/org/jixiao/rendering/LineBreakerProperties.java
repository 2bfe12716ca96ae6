package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.StringLength;

/** Lines broken as Chinese typesetting breaks them, whatever the text and the width. */
class LineBreakerProperties {

    @Property
    void linesKeepEveryCharacterInOrderAndFitUnlessOneWordIsTooLong(
            @ForAll @Chars({'妇', '联', '，', '。', '（', '）', '“', '”', '1', '0', '.', '%', 'A', ' '}) @StringLength(max = 200) String text,
            @ForAll @FloatRange(min = 40, max = 400) float width) {
        int[] cps = text.codePoints().toArray();
        float[] widths = new float[cps.length];
        for (int i = 0; i < cps.length; i++) {
            widths[i] = cps[i] < 0x80 ? 8 : 16;
        }

        List<LineBreaker.Line> lines = LineBreaker.lines(cps, widths, width - 32, width);

        StringBuilder joined = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            LineBreaker.Line line = lines.get(l);
            String content = new String(cps, line.start(), line.end() - line.start());
            joined.append(content);
            int end = line.end();
            while (end > line.start() && "，。）”%. ".indexOf(cps[end - 1]) >= 0) {
                end--; // closing punctuation may hang past the edge
            }
            float used = 0;
            for (int i = line.start(); i < end; i++) {
                used += widths[i];
            }
            float room = l == 0 ? width - 32 : width;
            String body = new String(cps, line.start(), end - line.start());
            boolean oneWord = body.chars().allMatch(c -> c < 0x80 && c != ' ');
            if (!oneWord && body.length() > 1) {
                assertThat(used).isLessThanOrEqualTo(room + 0.01f);
            }
            if (l > 0 && !content.isEmpty()) {
                assertThat("，。）”%".indexOf(content.charAt(0)))
                        .as("line %d starts with closing punctuation: %s", l, content).isLessThan(0);
            }
        }
        assertThat(joined.toString().replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Property
    void aNumberIsNeverCutBetweenTwoLines(@ForAll @FloatRange(min = 100, max = 300) float width) {
        String text = "全年预算数688.34万元，执行数688.34万元，完成预算的100%。按资金来源分，一般公共预算财政拨款支出688.34万元";
        int[] cps = text.codePoints().toArray();
        float[] widths = new float[cps.length];
        for (int i = 0; i < cps.length; i++) {
            widths[i] = cps[i] < 0x80 ? 8 : 16;
        }

        for (LineBreaker.Line line : LineBreaker.lines(cps, widths, width, width)) {
            if (line.end() < cps.length) {
                assertThat(Character.isDigit(cps[line.end() - 1]) && (Character.isDigit(cps[line.end()])
                        || cps[line.end()] == '.' || cps[line.end()] == '%')).isFalse();
            }
        }
    }
}
