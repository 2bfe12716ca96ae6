package org.jixiao.account.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityLog;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The security log's filter as the page's form and its Excel link send it: dates as the finance bureau counts its
 * days, the last one included; each part empty for any.
 */
record SecurityLogQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, SecurityEvent.Category category,
        SecurityEvent.Outcome outcome) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    SecurityLog.Filter filter() {
        return new SecurityLog.Filter(from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), actor, category, outcome);
    }
}
