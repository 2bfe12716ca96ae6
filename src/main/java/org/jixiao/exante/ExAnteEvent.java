package org.jixiao.exante;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of a request's history: who took which step when, and what it concerned (a return's note, a score). */
public record ExAnteEvent(String action, String actor, Instant at, String detail) {

    /** China's time, as the goal sheets' history and the audit trail show it, not the server's zone. */
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String when() {
        return CHINA_TIME.format(at);
    }

    /** The step as users read it. */
    public String label() {
        return switch (action) {
            case "FILED" -> "新建申请";
            case "REVISED" -> "修改";
            case "SUBMITTED" -> "提交评估";
            case "RESUBMITTED" -> "补充后再提交";
            case "SCORED" -> "保存评分";
            case "RETURNED" -> "退回补充";
            case "CONCLUDED" -> "出具结论";
            default -> action;
        };
    }
}
