package org.jixiao.exante;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.goals.ExAnteGate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ex-ante module's answer to {@link ExAnteGate}: the region's threshold and the project's conclusion. */
@Component
class ExAnteBeforeGoals implements ExAnteGate {

    private final ExAnteStore store;
    private final ExAnteThresholds thresholds;

    ExAnteBeforeGoals(ExAnteStore store, ExAnteThresholds thresholds) {
        this.store = store;
        this.thresholds = thresholds;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long unitId, String region, int year, String project, BigDecimal amount,
            boolean continuing) {
        BigDecimal threshold = thresholds.of(region);
        Optional<ExAnteHistory.Assessed> concluded = store.concluded(unitId, year, project, null);
        ExAnteRequirement requirement = ExAnteRequirement.of(amount, threshold, continuing,
                concluded.map(ExAnteHistory.Assessed::conclusion).orElse(null));
        return Optional.ofNullable(requirement.refusal(amount, threshold,
                concluded.map(ExAnteHistory.Assessed::total).orElse(null)));
    }
}
