package org.jixiao.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's JSON paths as people read them: $.keyTasks[0].indicators[0].annualTarget.value becomes
 * 重点工作任务 1「妇联活动…」 › 指标「案件办结率」 › 年度指标值 › 数值, naming tasks and indicators by the current document;
 * $.monitoring[8].keyTasks['妇联活动…'].executed, which names them itself, becomes 运行监控 8月 › 重点工作任务「妇联活动…」 ›
 * 累计执行数（万元）.
 */
@Component("auditFields")
class AuditFields {

    private final MessageSource messages;

    AuditFields(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(String path, EvaluationDocument document) {
        List<Step> steps = path == null ? null : Step.of(path);
        if (steps == null) {
            return path == null ? "" : path;
        }
        Locale locale = LocaleContextHolder.getLocale();
        boolean monitoring = !steps.isEmpty() && steps.get(0).name().equals("monitoring");
        List<String> parts = new ArrayList<>();
        KeyTask task = null;
        for (Step step : steps) {
            String name = monitoring && step.index() == null && step.key() == null
                    ? message("field.monitoring." + step.name(), message("field." + step.name(), step.name(), locale), locale)
                    : message("field." + step.name(), step.name(), locale);
            if (step.key() != null) {
                parts.add(name + "「" + step.key() + "」");
            } else if (step.index() == null) {
                parts.add(name);
            } else if (monitoring && step.name().equals("monitoring")) {
                parts.add(name + " " + messages.getMessage("monitoring.monthName", new Object[] {step.index()}, locale));
            } else {
                int index = step.index();
                String label = name + " " + (index + 1);
                if (step.name().equals("keyTasks") && index < document.keyTasks().size()) {
                    task = document.keyTasks().get(index);
                    label += "「" + task.name() + "」";
                } else if (step.name().equals("indicators") && task != null && index < task.indicators().size()) {
                    label += "「" + task.indicators().get(index).name() + "」";
                }
                parts.add(label);
            }
        }
        return String.join(" › ", parts);
    }

    private String message(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    /** One step of a path: a field, with the index of an element of a list or the quoted name of one. */
    private record Step(String name, Integer index, String key) {

        /** The steps of $.name[0].name['key'].name; null for what is not such a path. */
        static List<Step> of(String path) {
            if (!path.startsWith("$.")) {
                return null;
            }
            List<Step> steps = new ArrayList<>();
            int at = 1;
            while (at < path.length()) {
                if (path.charAt(at) != '.') {
                    return null;
                }
                int end = at + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(at + 1, end);
                if (name.isEmpty()) {
                    return null;
                }
                Integer index = null;
                String key = null;
                if (end < path.length() && path.charAt(end) == '[') {
                    int close;
                    if (path.startsWith("'", end + 1)) {
                        StringBuilder quoted = new StringBuilder();
                        close = end + 2;
                        while (close < path.length() && path.charAt(close) != '\'') {
                            char c = path.charAt(close);
                            if (c == '\\' && close + 1 < path.length()) {
                                c = path.charAt(++close);
                            }
                            quoted.append(c);
                            close++;
                        }
                        key = quoted.toString();
                        close++;
                    } else {
                        close = end + 1;
                        while (close < path.length() && Character.isDigit(path.charAt(close))) {
                            close++;
                        }
                        if (close == end + 1) {
                            return null;
                        }
                        index = Integer.valueOf(path.substring(end + 1, close));
                    }
                    if (close >= path.length() || path.charAt(close) != ']') {
                        return null;
                    }
                    end = close + 1;
                }
                steps.add(new Step(name, index, key));
                at = end;
            }
            return steps;
        }
    }
}
