package org.jixiao.account;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The security log's retention, set by the operator (jixiao.security-log.retention): nothing by default, the log
 * kept as long as the database; else, each night, lines older than the retention are removed. A retention under
 * the 180 days 等保 asks for stops the start-up, and the database refuses younger lines anyway. Several servers
 * running it the same night remove the same lines, which is harmless.
 */
@Component
class SecurityLogPurge {

    private final SecurityLog log;
    private final Duration retention;

    SecurityLogPurge(SecurityLog log, @Value("${jixiao.security-log.retention:0}") Duration retention) {
        if (!retention.isZero() && retention.compareTo(SecurityLogRetention.FLOOR) < 0) {
            throw new IllegalStateException("jixiao.security-log.retention 为 " + retention.toDays()
                    + " 天：安全日志至少保存 180 天（或设为 0，永久保存）");
        }
        this.log = log;
        this.retention = retention;
    }

    @Scheduled(cron = "${jixiao.security-log.purge-cron:0 45 3 * * *}")
    void nightly() {
        purge(Instant.now());
    }

    /** Removes the lines older than the retention at {@code now}; how many went. */
    int purge(Instant now) {
        return retention.isZero() ? 0 : log.removeOlderThan(now.minus(retention));
    }
}
