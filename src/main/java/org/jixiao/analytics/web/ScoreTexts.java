package org.jixiao.analytics.web;

import java.math.BigDecimal;
import org.jixiao.document.Kind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Score texts outside the pages (the Excel exports), in the user's language, worded as the pages word them:
 * 无法评分（重点工作任务均无绩效指标）, 单位自评 98.14 分（优）.
 */
@Component
class ScoreTexts {

    private final MessageSource messages;

    ScoreTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** 无法评分 and what is missing (reason NO_KEY_TASKS, NO_INDICATORS or NO_ACTUALS). */
    String notScorable(String reason, Kind kind) {
        String missing = message("notScorable." + (kind == Kind.PROJECT ? "PROJECT." : "") + reason);
        return message("score.notScorable.because", missing);
    }

    /** The score a report states for itself, or null where it states none. */
    String stated(BigDecimal total, String grade) {
        if (total != null && grade != null) {
            return message("score.stated", total.toPlainString(), grade);
        }
        if (total != null) {
            return message("score.stated.total", total.toPlainString());
        }
        return grade == null ? null : message("score.stated.grade", grade);
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
