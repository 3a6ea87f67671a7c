package de.kiregister.register.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.kiregister.register.PriorityScores;
import de.kiregister.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link PriorityScores} as one upsert into {@code use_case_priority} for all the given use cases. */
@Component
class PriorityScoreProjection implements PriorityScores {

    private final JdbcClient jdbc;

    PriorityScoreProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Joins the caller's transaction: the copy changes together with the ratings or weights behind it. A score
     * computed earlier than the stored one (a slow listener) does not overwrite it.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Map<String, Integer> scores, Instant computedAt) {
        if (scores.isEmpty()) {
            return;
        }
        // Two arrays unnested into rows: one statement for one use case or for the whole portfolio. Unknown
        // references (a use case that does not exist) are skipped by the join.
        List<String> references = List.copyOf(scores.keySet());
        List<Integer> values = references.stream().map(r -> Math.clamp(scores.get(r), 0, 100)).toList();
        jdbc.sql("""
                insert into use_case_priority (use_case_reference, score, computed_at)
                select s.reference, s.score, :computedAt
                from unnest(cast(:references as text[]), cast(:scores as int[])) as s (reference, score)
                join use_case u on u.reference = s.reference
                on conflict (use_case_reference) do update
                    set score = excluded.score, computed_at = excluded.computed_at
                    where use_case_priority.computed_at <= excluded.computed_at
                """)
                .param("references", SqlArrays.textArray(references))
                .param("scores", SqlArrays.intArray(values))
                .param("computedAt", Timestamp.from(computedAt))
                .update();
    }
}
