package org.jixiao.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.account.UnsavedAccounts;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.People;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.review.SubmissionRefusedException;
import org.jixiao.support.Documents;
import org.jixiao.web.PageSlice;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The review steps' controller alone, the workflow stood in: what each button sends it, where the person lands and
 * with which notice, and how a refusal is shown. The workflow's own rules: {@code WorkflowContract}.
 */
@PageSlice(WorkflowController.class)
class WorkflowControllerSliceTest {

    private static final Account EDITOR = UnsavedAccounts.of(5, "slice-editor", "切片填报人", Role.UNIT_EDITOR, 2L,
            null);
    private static final Account REVIEWER = UnsavedAccounts.of(6, "slice-reviewer", "切片审核人",
            Role.FINANCE_REVIEWER, null, "广州市切片区");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReviewWorkflow workflow;
    @MockitoBean
    People people;

    @Test
    @SuppressWarnings("unchecked")
    void aReturnSendsOneCommentPerSectionAndLandsOnTheEvaluationWithItsNotice() throws Exception {
        MvcResult result = mvc.perform(post("/evaluations/9/return").with(SignedIn.as(REVIEWER)).with(csrf())
                .param("comment.funds", "结转结余未说明").param("comment.keyTasks", "指标值偏低")
                .param("comment.unknown", "不属于任何部分")).andReturn();

        ArgumentCaptor<Map<String, String>> comments = ArgumentCaptor.forClass(Map.class);
        verify(workflow).returnForRevision(any(), eq(9L), comments.capture());
        assertThat(comments.getValue()).containsOnlyKeys(
                Arrays.stream(ReviewSection.values()).map(ReviewSection::key).toArray(String[]::new))
                .containsEntry("funds", "结转结余未说明").containsEntry("keyTasks", "指标值偏低")
                .containsEntry("general", null);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/9");
        assertThat(result.getFlashMap().get("notice")).isEqualTo("workflow.returned");
    }

    @Test
    void anApprovalCarriesItsComment() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/evaluations/9/approve").with(SignedIn.as(REVIEWER))
                .with(csrf()).param("comment", "同意")).andReturn().getResponse();

        verify(workflow).approve(any(), eq(9L), eq("同意"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/evaluations/9");
    }

    @Test
    void aSubmissionWithErrorsListsEachWithALinkToItsField() throws Exception {
        SubmissionRefusedException refused = mock(SubmissionRefusedException.class);
        Finding error = Finding.at(FindingCode.MISSING_FIELD, Severity.ERROR, "$.keyTasks[0].indicators[1].actual",
                "第 1 项任务的第 2 个指标缺少实际完成值", null);
        when(refused.awaitsConfirmation()).thenReturn(false);
        when(refused.errors()).thenReturn(List.of(error));
        when(refused.warnings()).thenReturn(List.of());
        when(refused.findings()).thenReturn(List.of(error));
        doThrow(refused).when(workflow).submit(any(), eq(9L), any(), anyBoolean());
        when(workflow.read(any(), anyLong())).thenReturn(new StoredEvaluation(9, 2, EvaluationStatus.DRAFT, 3,
                Instant.now(), Documents.seedOf("切片示例单位", "广州市切片区", 2024)));

        MockHttpServletResponse response = mvc.perform(post("/evaluations/9/submit").with(SignedIn.as(EDITOR))
                .with(csrf()).param("version", "3")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("第 1 项任务的第 2 个指标缺少实际完成值",
                "/evaluations/9/edit/at?path=$.keyTasks%5B0%5D.indicators%5B1%5D.actual");
    }

    @Test
    void aStepNotTheirsIsRefusedWithTheReasonAndNothingElse() throws Exception {
        doThrow(new NotPermittedException("只有本区的财政审核人可以公开评价")).when(workflow).publish(any(), eq(9L));

        MockHttpServletResponse response = mvc.perform(post("/evaluations/9/publish").with(SignedIn.as(EDITOR))
                .with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("只有本区的财政审核人可以公开评价");
    }
}
