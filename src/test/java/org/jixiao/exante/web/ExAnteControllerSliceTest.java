package org.jixiao.exante.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.Role;
import org.jixiao.account.UnsavedAccounts;
import org.jixiao.exante.ExAnteNotFoundException;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.ExAnteStatus;
import org.jixiao.exante.ExAnteStepRefusedException;
import org.jixiao.exante.ExAnteThresholds;
import org.jixiao.exante.Funding;
import org.jixiao.scoring.ExAnteProfiles;
import org.jixiao.web.PageSlice;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ex-ante pages' controller alone, the service stood in: where a button lands, what it sends, and how a refusal
 * is shown (the service's own rules: {@code ExAnteContract}).
 */
@PageSlice(ExAnteController.class)
class ExAnteControllerSliceTest {

    private static final Account REVIEWER = UnsavedAccounts.of(6, "slice-reviewer", "切片审核人",
            Role.FINANCE_REVIEWER, null, "广州市切片区");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExAnteRequests requests;
    @MockitoBean
    ExAnteThresholds thresholds;

    private final ExAnteRequest submitted = new ExAnteRequest(9, 2, "切片单位", "广州市切片区", "社区<b>托育</b>", 2027,
            new BigDecimal("600"), List.of(new Funding("本级财政资金", new BigDecimal("600"))), "需要", "目标",
            List.of("托位：≥300个"), "方案", ExAnteStatus.SUBMITTED, ExAnteProfiles.DEFAULT, "editor",
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"), null,
            ExAnteRequest.Assessment.NONE, 4);

    @BeforeEach
    void theServiceKnowsTheRequest() {
        when(thresholds.of(any())).thenReturn(new BigDecimal("500"));
        when(thresholds.ofActor(any())).thenReturn(new BigDecimal("500"));
        when(requests.read(any(), eq(9L))).thenReturn(submitted);
        when(requests.read(any(), eq(404L))).thenThrow(new ExAnteNotFoundException(404));
        when(requests.profileOf(any())).thenReturn(ExAnteProfiles.builtIn().get(null));
    }

    @Test
    void aReturnSendsItsNoteAndVersionAndLandsOnTheRequestWithItsNotice() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/exante/9/return").with(SignedIn.as(REVIEWER)).with(csrf())
                .param("version", "4").param("note", "请补充单价依据")).andReturn().getResponse();

        verify(requests).returnForInformation(any(), eq(9L), eq(4L), eq("请补充单价依据"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/exante/9");
    }

    @Test
    void aScoreThatIsNoNumberIsNamedAndTheFormKeepsWhatWasTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/exante/9/assessment").with(SignedIn.as(REVIEWER))
                .with(csrf()).param("version", "4").param("scores[ECONOMY_COST]", "八分")
                .param("reasons[ECONOMY]", "<script>x</script>")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("投入经济性·成本测算的得分应为数字，而不是“八分”", "value=\"八分\"",
                "&lt;script&gt;x&lt;/script&gt;", "社区&lt;b&gt;托育&lt;/b&gt;").doesNotContain("<script>x");
    }

    @Test
    void aStaleFormOrAStepTheStatusRefusesIsAConflictInWords() throws Exception {
        doThrow(new ExAnteStepRefusedException("申请已被他人修改，请刷新页面后再试")).when(requests)
                .saveAssessment(any(), eq(9L), anyLong(), any(), any(), any());
        MockHttpServletResponse response = mvc.perform(post("/exante/9/assessment").with(SignedIn.as(REVIEWER))
                .with(csrf()).param("version", "3").param("scores[ECONOMY_COST]", "8")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("申请已被他人修改，请刷新页面后再试");
        verify(requests).saveAssessment(any(), eq(9L), eq(3L), eq(Map.of("ECONOMY_COST", new BigDecimal("8"))), any(),
                any());
    }

    @Test
    void theAssessmentPageSpeaksEnglishToo() throws Exception {
        String page = mvc.perform(get("/exante/9").param("lang", "en").with(SignedIn.as(REVIEWER)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Awaiting assessment", "Save the scores", "Conclude", "Return for information",
                "max=\"10\"");
    }

    @Test
    void anUnknownRequestIsNotFoundInWords() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/exante/404").with(SignedIn.as(REVIEWER)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("没有编号为 404 的事前绩效评估申请");
    }
}
