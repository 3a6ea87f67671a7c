package de.kiregister.roadmap.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import de.kiregister.register.PortfolioRow;
import de.kiregister.register.RiskTier;
import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The prioritisation score (0–100) of a use case: the weighted mean of five criteria, each rated 1 (poor) to 5
 * (good). Strategic fit and reuse potential are KI-Hub's judgement; benefit, effort and risk follow from the
 * register's facts, so they cannot drift from them. A prohibited practice (Art. 5) always scores 0.
 */
public final class PriorityScore {

    /** Hours saved per year from which the benefit rates 2, 3, 4, 5. */
    static final int[] BENEFIT_HOURS = {500, 1500, 4000, 8000};

    /** Cost over three years (one-off plus three yearly costs, EUR) up to which effort rates 5, 4, 3, 2. */
    static final int[] EFFORT_EUR = {25_000, 75_000, 150_000, 300_000};

    /** What an unknown criterion (no rating, no figures, not classified) counts as: the middle. */
    public static final int NEUTRAL = 3;

    private PriorityScore() {
    }

    /** The five criteria, each 1–5 (risk 0 for a prohibited practice). */
    public record Criteria(int strategicFit, int benefit, int effort, int risk, int reuse) {

        public Criteria {
            for (int value : new int[] {strategicFit, benefit, effort, reuse}) {
                if (value < 1 || value > 5) {
                    throw new DomainRuleViolation("priority.rating.range");
                }
            }
            if (risk < 0 || risk > 5) {
                throw new DomainRuleViolation("priority.rating.range");
            }
        }
    }

    /** The weights of the criteria, each 0–10, at least one above 0. */
    public record Weights(int strategicFit, int benefit, int effort, int risk, int reuse) {

        public Weights {
            for (int value : new int[] {strategicFit, benefit, effort, risk, reuse}) {
                if (value < 0 || value > 10) {
                    throw new DomainRuleViolation("priority.weight.range");
                }
            }
            if (strategicFit + benefit + effort + risk + reuse == 0) {
                throw new DomainRuleViolation("priority.weight.allZero");
            }
        }

        int total() {
            return strategicFit + benefit + effort + risk + reuse;
        }
    }

    /** 0 (lowest priority) to 100: each criterion's 1–5 mapped to 0–1, weighted, averaged. */
    public static int of(Criteria c, Weights w) {
        if (c.risk() == 0) {
            return 0;
        }
        double weighted = w.strategicFit() * unit(c.strategicFit()) + w.benefit() * unit(c.benefit())
                + w.effort() * unit(c.effort()) + w.risk() * unit(c.risk()) + w.reuse() * unit(c.reuse());
        return (int) Math.round(100 * weighted / w.total());
    }

    private static double unit(int rating) {
        return (rating - 1) / 4.0;
    }

    /** The criteria of a use case from its facts and KI-Hub's ratings (null: not rated yet). */
    public static Criteria criteria(PortfolioRow row, @Nullable Integer strategicFit, @Nullable Integer reuse) {
        return new Criteria(strategicFit == null ? NEUTRAL : strategicFit, benefit(row.hoursSavedPerYear()),
                effort(row.oneOffCost(), row.yearlyCost()), risk(row.tier()), reuse == null ? NEUTRAL : reuse);
    }

    static int benefit(@Nullable Integer hoursPerYear) {
        if (hoursPerYear == null) {
            return NEUTRAL;
        }
        int rating = 1;
        for (int threshold : BENEFIT_HOURS) {
            if (hoursPerYear >= threshold) {
                rating++;
            }
        }
        return rating;
    }

    /** Low effort rates high. */
    static int effort(@Nullable BigDecimal oneOff, @Nullable BigDecimal yearly) {
        if (oneOff == null && yearly == null) {
            return NEUTRAL;
        }
        BigDecimal threeYears = (oneOff == null ? BigDecimal.ZERO : oneOff)
                .add((yearly == null ? BigDecimal.ZERO : yearly).multiply(BigDecimal.valueOf(3)));
        long euros = threeYears.setScale(0, RoundingMode.HALF_UP).longValueExact();
        int rating = 5;
        for (int threshold : EFFORT_EUR) {
            if (euros > threshold) {
                rating--;
            }
        }
        return rating;
    }

    /** Lower risk rates high; not classified counts as the middle; prohibited is 0. */
    static int risk(@Nullable RiskTier tier) {
        if (tier == null) {
            return NEUTRAL;
        }
        return switch (tier) {
            case NOT_AI, OUT_OF_SCOPE, MINIMAL_RISK -> 5;
            case LIMITED_RISK -> 4;
            case HIGH_RISK_EXEMPT -> 3;
            case HIGH_RISK -> 2;
            case PROHIBITED -> 0;
        };
    }
}
