package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One project or two, as the cycle and the threshold rule compare them. */
class ProjectNamesTest {

    @Test
    void spacesQuotesAndFullWidthCharactersAreNotADifference() {
        assertThat(ProjectNames.same("城乡 供水（二期）", null, "城乡供水(二期)", null)).isTrue();
        assertThat(ProjectNames.same(" “智慧社区”建设　", null, "智慧社区建设", null)).isTrue();
        assertThat(ProjectNames.same("ＡＩ辅助诊疗", null, "ai辅助诊疗", null)).isTrue();
    }

    @Test
    void namesThatDifferInACharacterAreTwoProjects() {
        assertThat(ProjectNames.same("社区托育补助", null, "社区托育服务补助", null)).isFalse();
        assertThat(ProjectNames.same("城乡供水一期", null, "城乡供水二期", null)).isFalse();
        assertThat(ProjectNames.same("", null, "", null)).as("no name is no project").isFalse();
    }

    @Test
    void theCodeDecidesWhereBothHaveOne() {
        assertThat(ProjectNames.same("社区托育补助", "440103-2025-007", "社区托育服务补助", " 440103-2025-007 ")).isTrue();
        assertThat(ProjectNames.same("城乡供水", "A-1", "城乡供水", "A-2")).as("same name, two codes").isFalse();
        assertThat(ProjectNames.same("城乡供水", "A-1", "城乡供水", null)).as("one side without: by name").isTrue();
    }
}
