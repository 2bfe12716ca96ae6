package org.jixiao.evaluation;

import java.time.Duration;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, scores again the evaluations that were never assessed or were assessed with another profile than the
 * configured one (after a deployment changed {@code JIXIAO_PROFILE}), so that the dashboard never mixes two
 * profiles for long. With several servers on one database it runs on one of them only ({@link JobLock}).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "jixiao.jobs.enabled", havingValue = "true", matchIfMissing = true)
class StaleAssessments {

    static final String JOB = "reassess-stale";
    /** Longer than any clock difference between servers, shorter than a day. */
    private static final Duration HELD = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(StaleAssessments.class);

    private final Evaluations evaluations;
    private final JobLock lock;

    StaleAssessments(Evaluations evaluations, JobLock lock) {
        this.evaluations = evaluations;
        this.lock = lock;
    }

    /** How many were scored again, or empty where another server runs the job. */
    @Scheduled(cron = "${jixiao.jobs.reassess-cron:0 30 2 * * *}")
    OptionalInt run() {
        if (!lock.take(JOB, HELD)) {
            return OptionalInt.empty();
        }
        int count = evaluations.reassessStale();
        lock.finished(JOB, count + " evaluations reassessed");
        if (count > 0) {
            log.info("Reassessed {} evaluations assessed with another profile", count);
        }
        return OptionalInt.of(count);
    }
}
