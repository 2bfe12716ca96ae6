package org.jixiao.goals;

import java.time.Instant;

/** One line of a goal sheet's audit: who did what and when, and what it concerned. */
public record GoalEvent(String action, String actor, Instant at, String detail) {

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
