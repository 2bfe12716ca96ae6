package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The month a year's monitoring opens on where nothing has been reported for it yet. */
class MonitoringMonthTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 15);

    @Test
    void aPastYearIsAtItsEnd() {
        assertThat(ExecutionMonitoring.monthOf(2020, MARCH)).isEqualTo(12);
    }

    @Test
    void thisYearIsAtTheMonthJustEndedAndJanuaryWhileJanuaryLasts() {
        assertThat(ExecutionMonitoring.monthOf(2026, MARCH)).isEqualTo(2);
        assertThat(ExecutionMonitoring.monthOf(2026, LocalDate.of(2026, 1, 10))).isEqualTo(1);
    }

    @Test
    void aYearToComeIsAtItsStart() {
        assertThat(ExecutionMonitoring.monthOf(2027, MARCH)).isEqualTo(1);
    }
}
