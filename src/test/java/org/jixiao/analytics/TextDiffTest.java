package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jixiao.analytics.TextDiff.Change;
import org.jixiao.analytics.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aChangedFigureIsAllThatIsMarked() {
        List<Segment> diff = TextDiff.between("全年预算数688.34万元，执行数688.34万元。", "全年预算数700.00万元，执行数688.34万元。");

        assertThat(diff).extracting(Segment::change).containsExactly(Change.SAME, Change.REMOVED, Change.ADDED, Change.SAME);
        assertThat(diff.get(0).text()).isEqualTo("全年预算数");
        assertThat(diff.get(1).text()).isEqualTo("688.34");
        assertThat(diff.get(2).text()).isEqualTo("700.00");
    }

    @Test
    void figuresSharingTheirFirstDigitsAreStillComparedWhole() {
        List<Segment> diff = TextDiff.between("执行数619.51万元，完成预算的90%。", "执行数688.34万元，完成预算的100%。");

        assertThat(diff).filteredOn(s -> s.change() != Change.SAME).extracting(Segment::text)
                .containsExactly("619.51", "688.34", "90%", "100%");
    }

    @Test
    void anAddedSentenceIsOneRun() {
        List<Segment> diff = TextDiff.between("一是加强培训。三是加强应用。", "一是加强培训。二是压实责任。三是加强应用。");

        assertThat(diff).containsExactly(new Segment(Change.SAME, "一是加强培训。"), new Segment(Change.ADDED, "二是压实责任。"),
                new Segment(Change.SAME, "三是加强应用。"));
    }

    @Test
    void emptySidesAreAllAddedOrAllRemoved() {
        assertThat(TextDiff.between(null, "新的内容")).containsExactly(new Segment(Change.ADDED, "新的内容"));
        assertThat(TextDiff.between("旧的内容", "")).containsExactly(new Segment(Change.REMOVED, "旧的内容"));
        assertThat(TextDiff.between("", "")).isEmpty();
    }

    @Test
    void longTextsAreComparedBySentence() {
        String a = "绩效目标完成情况良好。".repeat(300);
        String b = "绩效目标完成情况良好。".repeat(150) + "新增一句说明。" + "绩效目标完成情况良好。".repeat(150) + "另一处改动";
        List<Segment> diff = TextDiff.between("开头" + a, "起头" + b);

        assertThat(side(diff, Change.ADDED)).isEqualTo("开头" + a);
        assertThat(side(diff, Change.REMOVED)).isEqualTo("起头" + b);
        assertThat(diff.stream().filter(s -> s.change() == Change.ADDED).map(Segment::text).toList())
                .contains("新增一句说明。");
    }

    /** Whatever the texts, the old side and the new side are each given back whole. */
    @Property(tries = 300)
    void bothSidesAreKeptWhole(@ForAll @StringLength(max = 60) String before, @ForAll @StringLength(max = 60) String after) {
        List<Segment> diff = TextDiff.between(before, after);

        assertThat(side(diff, Change.ADDED)).isEqualTo(before);
        assertThat(diff.stream().filter(s -> s.change() != Change.REMOVED).map(Segment::text).collect(Collectors.joining()))
                .isEqualTo(after);
    }

    /** One side: everything but the segments of the other side's kind. */
    private static String side(List<Segment> diff, Change without) {
        return diff.stream().filter(s -> s.change() != without).map(Segment::text).collect(Collectors.joining());
    }
}
