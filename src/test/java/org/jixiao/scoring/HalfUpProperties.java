package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast half-up rounding of shown figures is exactly {@code setScale(n, HALF_UP)}, halfway points included. */
class HalfUpProperties {

    @Property(tries = 2000)
    void roundsAsSetScale(@ForAll("longDecimals") BigDecimal value, @ForAll @IntRange(min = 0, max = 4) int decimals) {
        assertThat(HalfUp.round(value, decimals)).isEqualTo(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Values a hair above, at and below x.xx5 must go the way the exact digits say, not the approximation. */
    @Property(tries = 2000)
    void decidesHalfwayPointsExactly(@ForAll("halfwayPoints") BigDecimal value) {
        assertThat(HalfUp.twoDecimals(value)).isEqualTo(value.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void scoresOfTheBenchmarkRoundAsShown() {
        BigDecimal points = BigDecimal.valueOf(50).divide(BigDecimal.valueOf(6), Achievement.MC);
        BigDecimal ratio = Achievement.ratio(BigDecimal.valueOf(90), BigDecimal.valueOf(95));
        BigDecimal score = points.multiply(ratio);

        assertThat(HalfUp.twoDecimals(score)).isEqualTo(new BigDecimal("7.89"));
        assertThat(HalfUp.twoDecimals(score.negate())).isEqualTo(new BigDecimal("-7.89"));
        assertThat(HalfUp.twoDecimals(new BigDecimal("0.0049999999999999999999999"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(HalfUp.twoDecimals(new BigDecimal("-0.0049999999999999999999999"))).isEqualTo(new BigDecimal("0.00"));
    }

    /** Products and sums as scoring makes them: up to 70 digits, most of them decimals, either sign. */
    @Provide
    Arbitrary<BigDecimal> longDecimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(70).negate(), BigInteger.TEN.pow(70));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 130))
                .as(BigDecimal::new);
    }

    /** n.xx5 moved by 0, ±1 or ±2 units of its last place, at 3 to 80 decimal places. */
    @Provide
    Arbitrary<BigDecimal> halfwayPoints() {
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(-10_000_000L, 10_000_000L)
                .map(c -> BigDecimal.valueOf(c, 2).add(new BigDecimal("0.005")));
        return Combinators.combine(cents, Arbitraries.integers().between(3, 80), Arbitraries.integers().between(-2, 2))
                .as((halfway, scale, nudge) -> halfway.setScale(scale, RoundingMode.UNNECESSARY)
                        .add(BigDecimal.valueOf(nudge, scale)));
    }
}
