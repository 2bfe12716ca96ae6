package org.jixiao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's JSON paths as people read them: $.keyTasks[0].indicators[0].annualTarget.value becomes
 * 重点工作任务 1「妇联活动…」 › 指标「案件办结率」 › 年度指标值 › 数值, naming tasks and indicators by the current document.
 */
@Component("auditFields")
class AuditFields {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private final MessageSource messages;

    AuditFields(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(String path, EvaluationDocument document) {
        if (path == null || !path.startsWith("$.")) {
            return path == null ? "" : path;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> parts = new ArrayList<>();
        KeyTask task = null;
        for (String step : path.substring(2).split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                parts.add(step);
                continue;
            }
            String name = messages.getMessage("field." + m.group(1), null, m.group(1), locale);
            if (m.group(2) == null) {
                parts.add(name);
                continue;
            }
            int index = Integer.parseInt(m.group(2));
            String label = name + " " + (index + 1);
            if (m.group(1).equals("keyTasks") && index < document.keyTasks().size()) {
                task = document.keyTasks().get(index);
                label += "「" + task.name() + "」";
            } else if (m.group(1).equals("indicators") && task != null && index < task.indicators().size()) {
                label += "「" + task.indicators().get(index).name() + "」";
            }
            parts.add(label);
        }
        return String.join(" › ", parts);
    }
}
