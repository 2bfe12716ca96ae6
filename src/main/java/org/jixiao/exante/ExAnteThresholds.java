package org.jixiao.exante;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.internal.ExAnteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each region's threshold (万元) from which a new project needs an ex-ante conclusion (docs/ex-ante.md, "The
 * threshold"): the region's own, set by the administrator, else the deployment's default, the profile's
 * {@code threshold} (500 where it names none).
 */
@Service
public class ExAnteThresholds {

    /** Where the profile of new requests names no threshold: 500 万元, the figure many provinces' rules use. */
    static final BigDecimal FALLBACK = new BigDecimal("500");
    /** Above this an amount in 万元 does not fit NUMERIC(18,6). */
    private static final BigDecimal MAX = new BigDecimal("999999999999");

    private final ExAnteStore store;
    private final ExAnteSettings settings;
    private final Evaluations evaluations;

    ExAnteThresholds(ExAnteStore store, ExAnteSettings settings, Evaluations evaluations) {
        this.store = store;
        this.settings = settings;
        this.evaluations = evaluations;
    }

    /** The deployment's default, for a region that has set none. */
    public BigDecimal defaultAmount() {
        BigDecimal profiles = settings.current().threshold();
        return profiles == null ? FALLBACK : profiles;
    }

    /** The threshold of the region: its own, else the default. */
    @Transactional(readOnly = true)
    public BigDecimal of(String region) {
        return region == null ? defaultAmount() : store.threshold(region).orElseGet(this::defaultAmount);
    }

    /** The threshold of the actor's region: a reviewer's own, a unit's people their unit's. */
    @Transactional(readOnly = true)
    public BigDecimal ofActor(Actor actor) {
        if (actor != null && actor.region() != null) {
            return of(actor.region());
        }
        return of(actor == null || actor.unitId() == null ? null
                : evaluations.unit(actor.unitId()).map(unit -> unit.region()).orElse(null));
    }

    /** Every region's threshold, for the administrator's page: the regions of the units, and any set before. */
    @Transactional(readOnly = true)
    public List<RegionThreshold> all(Actor actor) {
        if (!ExAnteAccess.setsThresholds(actor)) {
            throw new NotPermittedException("只有系统管理员可以设置事前绩效评估的金额门槛");
        }
        Map<String, BigDecimal> own = store.thresholds();
        return evaluations.regions().stream().filter(region -> ExAnteAccess.canSetThreshold(actor, region))
                .map(region -> new RegionThreshold(region, own.getOrDefault(region, defaultAmount()),
                        own.containsKey(region)))
                .toList();
    }

    /** The region's threshold, changed by its administrator: from 0 万元, at most six decimals. */
    @Transactional
    public void set(Actor actor, String region, BigDecimal amount) {
        if (!ExAnteAccess.canSetThreshold(actor, region)) {
            throw new NotPermittedException("只有本地区的系统管理员可以设置事前绩效评估的金额门槛");
        }
        if (!evaluations.regions().contains(region)) {
            throw new IllegalArgumentException("没有名为“" + region + "”的地区，请从列表中选择");
        }
        if (amount == null) {
            throw new IllegalArgumentException("请填写“" + region + "”的事前绩效评估金额门槛（万元）");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("“" + region + "”的金额门槛应为不小于 0 的万元数（至多六位小数），实为 "
                    + amount.toPlainString());
        }
        store.setThreshold(region, amount, actor.username(), Instant.now());
    }

    /**
     * One region's threshold.
     *
     * @param own whether the region set it; else it is the default
     */
    public record RegionThreshold(String region, BigDecimal amount, boolean own) {
    }
}
