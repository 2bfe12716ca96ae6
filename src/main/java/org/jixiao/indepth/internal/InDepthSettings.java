package org.jixiao.indepth.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-depth evaluations' settings: {@code jixiao.in-depth.high-gap}, the mean 再评价偏差 (self-score less in-depth
 * score, in points) from which a unit's self-scores are flagged as running high; 5 where unset.
 */
@ConfigurationProperties("jixiao.in-depth")
public record InDepthSettings(BigDecimal highGap) {

    private static final BigDecimal STANDARD = BigDecimal.valueOf(5);

    public InDepthSettings {
        if (highGap == null) {
            highGap = STANDARD;
        }
        if (highGap.signum() < 0) {
            throw new IllegalArgumentException("jixiao.in-depth.high-gap 不能为负数，实为 " + highGap.toPlainString());
        }
    }
}
