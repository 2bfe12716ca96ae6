package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.account.UnsavedAccounts;
import org.jixiao.document.Department;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.NewEvaluationRequest;
import org.jixiao.review.NewEvaluations;
import org.jixiao.web.PageSlice;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 新建评价 page alone, its service stood in: what it binds from the form, where it sends the editor, how it
 * shows a refusal beside its field and keeps what was typed. The service's own rules: {@code NewEvaluationPageTest}.
 */
@PageSlice(NewEvaluationController.class)
class NewEvaluationControllerSliceTest {

    private static final Account EDITOR = UnsavedAccounts.of(7, "slice-editor", "切片填报人", Role.UNIT_EDITOR, 3L,
            null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NewEvaluations evaluations;

    @BeforeEach
    void unit() {
        when(evaluations.unit(any())).thenReturn(new Department("切片示例单位", null, "广州市切片区", null, null));
        when(evaluations.existing(any())).thenReturn(List.of());
    }

    @Test
    void theFormOpensOnTheYearTheServiceProposesForTheEditorsUnit() throws Exception {
        NewEvaluationRequest proposed = new NewEvaluationRequest();
        proposed.setYear("2025");
        when(evaluations.blank(argThat(actor -> actor.accountId() == 7), anyInt())).thenReturn(proposed);

        MockHttpServletResponse page = mvc.perform(get("/evaluations/new").with(SignedIn.as(EDITOR)))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("切片示例单位", "value=\"2025\"");
    }

    @Test
    void whatWasTypedReachesTheServiceAndTheNewEvaluationOpensInTheWorkspace() throws Exception {
        StoredEvaluation created = mock(StoredEvaluation.class);
        when(created.id()).thenReturn(41L);
        when(evaluations.create(any(), argThat(request -> "PROJECT".equals(request.getKind())
                && "社区助老服务".equals(request.getProjectName()) && "LIBRARY".equals(request.getStart()))))
                .thenReturn(new NewEvaluations.Outcome(created, Map.of(), null));

        MockHttpServletResponse response = mvc.perform(post("/evaluations/new").with(SignedIn.as(EDITOR)).with(csrf())
                .param("year", "2025").param("kind", "PROJECT").param("projectName", "社区助老服务")
                .param("start", "LIBRARY")).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/evaluations/41/edit?created");
    }

    @Test
    void aRefusalIsShownBesideItsFieldWithWhatWasTypedAndALinkToTheEvaluationThatExists() throws Exception {
        when(evaluations.create(any(), any())).thenReturn(new NewEvaluations.Outcome(null,
                Map.of("year", "本单位 2025 年度的部门整体支出评价已经存在"), 12L));

        MockHttpServletResponse response = mvc.perform(post("/evaluations/new").with(SignedIn.as(EDITOR)).with(csrf())
                .param("year", "2025").param("kind", "DEPARTMENT_OVERALL").param("start", "BLANK")
                .param("tasks", "<b>档案数字化</b>")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("本单位 2025 年度的部门整体支出评价已经存在", "/evaluations/12",
                "&lt;b&gt;档案数字化&lt;/b&gt;").doesNotContain("<b>档案数字化</b>");
    }

    @Test
    void someoneWhoBeginsNoEvaluationIsRefusedInWords() throws Exception {
        when(evaluations.unit(any())).thenThrow(new NotPermittedException("只有单位填报人可以新建本单位的评价"));
        Account reviewer = UnsavedAccounts.of(8, "slice-reviewer", "切片审核人", Role.FINANCE_REVIEWER, null, "广州市切片区");

        MockHttpServletResponse response = mvc.perform(get("/evaluations/new").with(SignedIn.as(reviewer)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("只有单位填报人可以新建本单位的评价");
    }
}
