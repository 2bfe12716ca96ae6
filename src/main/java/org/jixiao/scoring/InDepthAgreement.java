package org.jixiao.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The score the experts agreed for one indicator, who recorded the agreement and when, and the reason where their
 * scores were far apart (blank where they were not).
 */
public record InDepthAgreement(String code, BigDecimal score, String reason, String agreedBy, Instant agreedAt) {
}
