package de.kiregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryNumbersTests {

    @Test
    void aNumberIsReadAndAnythingElseFallsBack() {
        assertThat(QueryNumbers.orDefault("3", 0)).isEqualTo(3);
        assertThat(QueryNumbers.orDefault(" 12 ", 0)).isEqualTo(12);
        assertThat(QueryNumbers.orDefault("-1", 0)).isEqualTo(-1);
        assertThat(QueryNumbers.orDefault(null, 20)).isEqualTo(20);
        assertThat(QueryNumbers.orDefault("  ", 20)).isEqualTo(20);
        assertThat(QueryNumbers.orDefault("zwei", 20)).isEqualTo(20);
        assertThat(QueryNumbers.orDefault("99999999999", 20)).isEqualTo(20);
        assertThat(QueryNumbers.orDefault("1.5", 20)).isEqualTo(20);
    }
}
