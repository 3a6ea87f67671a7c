package de.kiregister.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.domain.UseCaseSearch;
import org.junit.jupiter.api.Test;

class SearchParametersTests {

    @Test
    void parsesKnownValuesCaseInsensitively() {
        UseCaseSearch search = new SearchParameters("Chatbot", "pilot", null, null, null, null, "limited_risk", "title", "desc", "2",
                "50").toSearch();
        assertThat(search.query()).isEqualTo("Chatbot");
        assertThat(search.phase()).isEqualTo(Phase.PILOT);
        assertThat(search.tier()).isEqualTo(new UseCaseSearch.TierFilter(RiskTier.LIMITED_RISK));
        assertThat(search.sort()).isEqualTo(UseCaseSearch.SortKey.TITLE);
        assertThat(search.descending()).isTrue();
        assertThat(search.page()).isEqualTo(2);
        assertThat(search.size()).isEqualTo(50);
    }

    @Test
    void ignoresWhatItDoesNotUnderstandInsteadOfFailing() {
        UseCaseSearch search = new SearchParameters("  ", "<script>", "not-a-uuid", "x", "y", "z", "HIGHEST", "drop table",
                "sideways", "-5", "100000").toSearch();
        assertThat(search.query()).isNull();
        assertThat(search.phase()).isNull();
        assertThat(search.departmentId()).isNull();
        assertThat(search.tier()).isNull();
        assertThat(search.sort()).isEqualTo(UseCaseSearch.SortKey.REFERENCE);
        assertThat(search.descending()).isFalse();
        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(UseCaseSearch.MAX_PAGE_SIZE);
    }

    @Test
    void noneFiltersForUseCasesNotClassifiedYet() {
        assertThat(new SearchParameters(null, null, null, null, null, null, " none ", null, null, null, null)
                .toSearch().tier()).isEqualTo(UseCaseSearch.TierFilter.UNCLASSIFIED);
    }

    @Test
    void relevanceIsTheDefaultOrderOfASearch() {
        assertThat(new SearchParameters("Übersetzung", null, null, null, null, null, null, null, null, "abc", null)
                .toSearch().sort()).isEqualTo(UseCaseSearch.SortKey.RELEVANCE);
        assertThat(new SearchParameters(null, null, null, null, null, null, null, "RELEVANCE", null, null, null)
                .toSearch().sort()).as("no relevance without a query").isEqualTo(UseCaseSearch.SortKey.REFERENCE);
    }
}
