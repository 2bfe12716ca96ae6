package org.jixiao.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit trail's fields as the history page names them, in Chinese and in English. */
class AuditFieldsTest {

    private final EvaluationDocument seed = SeedDocument.load();
    private final AuditFields fields = new AuditFields(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFieldOfTheDocumentIsNamedByTheCurrentDocument() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(fields.describe("$.keyTasks[0].indicators[0].annualTarget.value", seed))
                .isEqualTo("重点工作任务 1「妇联活动及组织建设阵地建设」 › 指标 1「案件办结率」 › 年度指标值 › 数值");
        assertThat(fields.describe("$.funds.budget", seed)).isEqualTo("收支情况 › 预算数");
        assertThat(fields.describe(null, seed)).isEmpty();
    }

    @Test
    void aMonitoringFigureIsNamedByItsMonthTaskAndIndicator() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(fields.describe("$.monitoring[8].keyTasks['妇联活动'].executed", seed))
                .isEqualTo("运行监控 8月 › 重点工作任务「妇联活动」 › 累计执行数（万元）");
        assertThat(fields.describe("$.monitoring[12].keyTasks['a.b[0]'].indicators['“应急\\'储备\\\\物资”'].onTrack", seed))
                .isEqualTo("运行监控 12月 › 重点工作任务「a.b[0]」 › 指标「“应急'储备\\物资”」 › 年底能否完成");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fields.describe("$.monitoring[8].keyTasks['妇联活动'].indicators['案件办结率'].progress", seed))
                .isEqualTo("Monitoring Month 8 › Key task「妇联活动」 › Indicator「案件办结率」 › Progress");
    }

    @Test
    void whatIsNoPathIsShownAsItIs() {
        assertThat(fields.describe("$.monitoring[8].keyTasks['unclosed", seed)).isEqualTo("$.monitoring[8].keyTasks['unclosed");
        assertThat(fields.describe("comment", seed)).isEqualTo("comment");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
