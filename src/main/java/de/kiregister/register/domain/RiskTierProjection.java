package de.kiregister.register.domain;

import java.sql.Timestamp;
import java.time.Instant;

import de.kiregister.register.RiskTier;
import de.kiregister.register.RiskTiers;
import de.kiregister.register.UseCaseFactsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link RiskTiers} as one upsert into {@code use_case_risk_tier}, joined by the register list's query. */
@Component
class RiskTierProjection implements RiskTiers {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RiskTierProjection(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The register's copy of the tier of one use case; empty while it is not classified. */
    java.util.Optional<CurrentTier> of(String reference) {
        return jdbc.sql("select tier, stale from use_case_risk_tier where use_case_reference = :reference")
                .param("reference", reference)
                .query((rs, n) -> new CurrentTier(RiskTier.valueOf(rs.getString("tier")), rs.getBoolean("stale")))
                .optional();
    }

    /** Must join the caller's transaction: a tier without its assessment (or the reverse) would be a lie. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String reference, RiskTier tier, boolean stale, Instant assessedAt) {
        jdbc.sql("""
                insert into use_case_risk_tier (use_case_reference, tier, stale, assessed_at)
                values (:reference, :tier, :stale, :assessedAt)
                on conflict (use_case_reference) do update
                    set tier = excluded.tier, stale = excluded.stale, assessed_at = excluded.assessed_at
                """)
                .param("reference", reference)
                .param("tier", tier.name())
                .param("stale", stale)
                .param("assessedAt", Timestamp.from(assessedAt))
                .update();
        // The tier is one of the priority's criteria.
        events.publishEvent(new UseCaseFactsChanged(reference));
    }
}
