package de.kiregister.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** The prioritisation score without Spring. */
class PriorityScoreTests {

    private static final PriorityScore.Weights EQUAL = new PriorityScore.Weights(1, 1, 1, 1, 1);

    private static PortfolioRow row(Integer hours, BigDecimal oneOff, BigDecimal yearly, RiskTier tier) {
        return new PortfolioRow("KI-2026-001", "Titel", "Amt", StrategicGoal.EFFICIENCY, Horizon.SHORT_TERM,
                Phase.PILOT, Category.CHATBOT, tier, false, oneOff, yearly, null, hours, "owner", null);
    }

    @Test
    void allBestIsHundredAllWorstIsZeroAndTheMiddleIsFifty() {
        assertThat(PriorityScore.of(new PriorityScore.Criteria(5, 5, 5, 5, 5), EQUAL)).isEqualTo(100);
        assertThat(PriorityScore.of(new PriorityScore.Criteria(1, 1, 1, 1, 1), EQUAL)).isZero();
        assertThat(PriorityScore.of(new PriorityScore.Criteria(3, 3, 3, 3, 3), EQUAL)).isEqualTo(50);
    }

    @Test
    void weightsShiftTheScoreTowardsTheHeavyCriteria() {
        PriorityScore.Criteria fitOnly = new PriorityScore.Criteria(5, 1, 1, 1, 1);
        assertThat(PriorityScore.of(fitOnly, EQUAL)).isEqualTo(20);
        assertThat(PriorityScore.of(fitOnly, new PriorityScore.Weights(3, 1, 0, 0, 0))).isEqualTo(75);
        assertThat(PriorityScore.of(fitOnly, new PriorityScore.Weights(0, 1, 1, 1, 1))).isZero();
    }

    @Test
    void aProhibitedPracticeAlwaysScoresZero() {
        assertThat(PriorityScore.of(new PriorityScore.Criteria(5, 5, 5, 0, 5), EQUAL)).isZero();
        assertThat(PriorityScore.criteria(row(9000, null, null, RiskTier.PROHIBITED), 5, 5).risk()).isZero();
    }

    @Test
    void benefitEffortAndRiskFollowTheFacts() {
        PriorityScore.Criteria c = PriorityScore.criteria(row(8000, BigDecimal.valueOf(10_000),
                BigDecimal.valueOf(4_000), RiskTier.MINIMAL_RISK), null, null);
        assertThat(c.benefit()).isEqualTo(5);
        // 10,000 + 3 × 4,000 = 22,000 over three years: little effort.
        assertThat(c.effort()).isEqualTo(5);
        assertThat(c.risk()).isEqualTo(5);
        assertThat(c.strategicFit()).isEqualTo(PriorityScore.NEUTRAL);
        assertThat(c.reuse()).isEqualTo(PriorityScore.NEUTRAL);

        PriorityScore.Criteria d = PriorityScore.criteria(row(499, null, BigDecimal.valueOf(120_000),
                RiskTier.HIGH_RISK), 2, 4);
        assertThat(d.benefit()).isEqualTo(1);
        assertThat(d.effort()).isEqualTo(1);
        assertThat(d.risk()).isEqualTo(2);
        assertThat(d.strategicFit()).isEqualTo(2);
        assertThat(d.reuse()).isEqualTo(4);

        PriorityScore.Criteria unknown = PriorityScore.criteria(row(null, null, null, null), null, null);
        assertThat(unknown).isEqualTo(new PriorityScore.Criteria(3, 3, 3, 3, 3));
        assertThat(PriorityScore.benefit(1500)).isEqualTo(3);
        assertThat(PriorityScore.effort(null, BigDecimal.valueOf(25_000))).isEqualTo(4);
        assertThat(PriorityScore.risk(RiskTier.LIMITED_RISK)).isEqualTo(4);
    }

    @Test
    void ratingsAndWeightsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new PriorityScore.Criteria(6, 3, 3, 3, 3)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new PriorityScore.Weights(11, 0, 0, 0, 0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new PriorityScore.Weights(0, 0, 0, 0, 0))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("priority.weight.allZero");
    }
}
