package org.jixiao.goals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of a goal sheet's audit: who did what and when, and what it concerned. */
public record GoalEvent(String action, String actor, Instant at, String detail) {

    /** Times are shown in China's time, as the audit trail and the security log show them, not the server's zone. */
    static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** When, in China's time. */
    public String when() {
        return CHINA_TIME.format(at);
    }

    /** The step as users read it. */
    public String label() {
        return switch (action) {
            case "CREATED" -> "新建";
            case "REVISED" -> "修改";
            case "SUBMITTED" -> "提交审核";
            case "RETURNED" -> "退回修改";
            case "APPROVED" -> "审核通过";
            case "PUBLISHED" -> "公开";
            default -> action;
        };
    }
}
