package de.kiregister.roadmap.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kiregister.register.PortfolioRow;
import de.kiregister.register.PriorityScores;
import de.kiregister.register.UseCaseFilter;
import de.kiregister.register.UseCasePortfolio;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prioritisation: KI-Hub rates strategic fit and reuse potential, ADMIN sets the weights, the score follows
 * ({@link PriorityScore}) and is written to the register's copy, which the register list and the roadmap sort by.
 */
@Service
@Transactional(readOnly = true)
public class Prioritisation {

    private final PriorityWeightsRepository weights;
    private final PriorityRatingRepository ratings;
    private final UseCasePortfolio portfolio;
    private final PriorityScores scores;
    private final Clock clock;

    Prioritisation(PriorityWeightsRepository weights, PriorityRatingRepository ratings, UseCasePortfolio portfolio,
            PriorityScores scores, Clock clock) {
        this.weights = weights;
        this.ratings = ratings;
        this.portfolio = portfolio;
        this.scores = scores;
        this.clock = clock;
    }

    /** A use case's score with what it is made of, for the page that explains it. */
    public record Breakdown(PortfolioRow useCase, PriorityScore.Criteria criteria, PriorityScore.Weights weights,
            int score, boolean rated, long ratingVersion) {
    }

    public PriorityWeights weights() {
        return weights.findById(PriorityWeights.ID).orElseThrow(() -> new IllegalStateException("V11 inserts it"));
    }

    public Breakdown breakdown(String reference) {
        PortfolioRow row = portfolio.row(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
        Optional<PriorityRating> rating = ratings.findById(reference);
        PriorityScore.Criteria criteria = criteria(row, rating.orElse(null));
        PriorityScore.Weights w = weights().weights();
        return new Breakdown(row, criteria, w, PriorityScore.of(criteria, w), rating.isPresent(),
                rating.map(PriorityRating::version).orElse(-1L));
    }

    /**
     * KI-Hub's judgement; {@code expectedVersion} -1 for the first rating of the use case.
     *
     * @throws ChangedConcurrently when someone rated in between
     */
    @PreAuthorize("hasRole('KI_HUB')")
    @Transactional
    public void rate(String reference, long expectedVersion, int strategicFit, int reuse) {
        PortfolioRow row = portfolio.row(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
        Instant now = clock.instant();
        Optional<PriorityRating> existing = ratings.findById(reference);
        long current = existing.map(PriorityRating::version).orElse(-1L);
        if (current != expectedVersion) {
            throw new ChangedConcurrently(existing.map(PriorityRating::changedBy).orElse(""),
                    existing.map(PriorityRating::changedAt).orElse(now), current);
        }
        PriorityRating rating = existing.orElseGet(() -> new PriorityRating(reference));
        rating.rate(strategicFit, reuse);
        ratings.saveAndFlush(rating);
        scores.record(Map.of(reference, PriorityScore.of(criteria(row, rating), weights().weights())), now);
    }

    /**
     * New weights (ADMIN), then every score again in one go.
     *
     * @throws ChangedConcurrently when someone changed the weights in between
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeWeights(long expectedVersion, PriorityScore.Weights newWeights) {
        PriorityWeights stored = weights();
        if (stored.version() != expectedVersion) {
            throw new ChangedConcurrently(stored.changedBy(), stored.changedAt(), stored.version());
        }
        stored.change(newWeights);
        weights.saveAndFlush(stored);
        recomputeAll();
    }

    /** The score of one use case again, from its current facts (after a change of them). */
    @Transactional
    public void recompute(String reference) {
        Instant now = clock.instant();
        portfolio.row(reference).ifPresent(row -> scores.record(
                Map.of(reference, PriorityScore.of(criteria(row, ratings.findById(reference).orElse(null)),
                        weights().weights())), now));
    }

    /** Every score again: three reads and one write, whatever the size of the portfolio. */
    @Transactional
    public int recomputeAll() {
        Instant now = clock.instant();
        PriorityScore.Weights w = weights().weights();
        Map<String, PriorityRating> byReference = ratings.findAll().stream()
                .collect(Collectors.toMap(PriorityRating::useCaseReference, Function.identity()));
        List<PortfolioRow> rows = portfolio.rows(UseCaseFilter.ALL);
        Map<String, Integer> computed = new HashMap<>();
        for (PortfolioRow row : rows) {
            computed.put(row.reference(), PriorityScore.of(criteria(row, byReference.get(row.reference())), w));
        }
        scores.record(computed, now);
        return computed.size();
    }

    private static PriorityScore.Criteria criteria(PortfolioRow row, @Nullable PriorityRating rating) {
        return PriorityScore.criteria(row, rating == null ? null : rating.strategicFit(),
                rating == null ? null : rating.reuse());
    }
}
