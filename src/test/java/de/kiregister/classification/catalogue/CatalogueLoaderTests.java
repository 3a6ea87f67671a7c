package de.kiregister.classification.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.kiregister.classification.AnswerType;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Obligation;
import de.kiregister.classification.ObligationRule;
import de.kiregister.classification.Question;
import de.kiregister.classification.QuestionGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The shipped rule catalogue is complete and consistent; a broken catalogue is refused with a clear message. */
class CatalogueLoaderTests {

    /** The question ids (docs/rules.md, C1): the public API, so every catalogue version must keep them. */
    static final List<String> FIXED_IDS = List.of("R1", "R2", "R3", "D1", "D1a", "D1b", "D1c", "S1", "P-a", "P-b",
            "P-c", "P-d", "P-e", "P-f", "P-g", "P-h", "P-ba", "P-bb", "P-d-x", "P-f-x", "P-g-x", "P-h-x", "H1", "H2",
            "H3", "H4", "H5", "T1", "T2", "T3", "T4a", "T4b", "T4b-x", "G1", "A1", "A2", "W1");

    private static String shippedYaml;
    private static Catalogue catalogue;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CatalogueLoaderTests.class.getResourceAsStream("/classification/catalogue.yaml")) {
            shippedYaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catalogue = parse(shippedYaml);
    }

    @Test
    void carriesVersionAndLegalBasis() {
        assertThat(catalogue.version()).isEqualTo("2026.1");
        assertThat(catalogue.legalBasis()).isEqualTo("Reg. (EU) 2024/1689 as amended by Reg. (EU) 2026/1744");
    }

    @Test
    void containsExactlyTheFixedQuestionIds() {
        assertThat(catalogue.questionIds()).containsExactlyInAnyOrderElementsOf(FIXED_IDS);
        assertThat(catalogue.questions()).allSatisfy(q -> {
            assertThat(q.text().de()).isNotBlank();
            assertThat(q.text().en()).isNotBlank();
            assertThat(q.reference()).isNotBlank();
            assertThat(q.explanation()).isNotBlank();
        });
    }

    @Test
    void answerTypes() {
        assertThat(question("D1").type()).isEqualTo(AnswerType.BOOLEAN_OR_UNSURE);
        assertThat(question("H3").type()).isEqualTo(AnswerType.CHOICE);
        assertThat(question("H3").choices()).containsExactly("1a", "1b", "1c", "2", "3a", "3b", "3c", "3d", "4a",
                "4b", "5a", "5b", "5c", "5d", "6a", "6b", "6c", "6d", "6e", "7a", "7b", "7c", "7d", "8a", "8b", "none");
        assertThat(catalogue.questions().stream().filter(q -> !q.id().equals("D1") && !q.id().equals("H3")))
                .allSatisfy(q -> assertThat(q.type()).as(q.id()).isEqualTo(AnswerType.BOOLEAN));
    }

    @Test
    void art5PracticesWithTheirExceptions() {
        Map<String, String> practices = new HashMap<>();
        Map<String, String> exceptions = new HashMap<>();
        catalogue.questions().stream().filter(q -> q.group() == QuestionGroup.PROHIBITED_PRACTICE).forEach(q -> {
            if (q.practice() != null) {
                practices.put(q.id(), q.practice());
            }
            if (q.exception() != null) {
                exceptions.put(q.id(), q.exception());
            }
        });
        assertThat(practices).containsOnly(Map.entry("P-a", "5(1)(a)"), Map.entry("P-b", "5(1)(b)"),
                Map.entry("P-c", "5(1)(c)"), Map.entry("P-d", "5(1)(d)"), Map.entry("P-e", "5(1)(e)"),
                Map.entry("P-f", "5(1)(f)"), Map.entry("P-g", "5(1)(g)"), Map.entry("P-h", "5(1)(h)"),
                Map.entry("P-ba", "5(1)(ba)"), Map.entry("P-bb", "5(1)(bb)"));
        assertThat(exceptions).containsOnly(Map.entry("P-d", "P-d-x"), Map.entry("P-f", "P-f-x"),
                Map.entry("P-g", "P-g-x"), Map.entry("P-h", "P-h-x"));
        assertThat(question("T4b").exception()).isEqualTo("T4b-x");
        // The Omnibus practices rest on secondary sources.
        assertThat(question("P-ba").verify()).isTrue();
        assertThat(question("P-bb").verify()).isTrue();
        assertThat(question("P-a").verify()).isFalse();
    }

    @Test
    void annexIIIPointsWithGermanLabelsAndReferences() {
        assertThat(catalogue.annexIII()).hasSize(8);
        assertThat(catalogue.annexIIIPoints()).hasSize(25).allSatisfy(p -> assertThat(p.label()).isNotBlank());
        assertThat(catalogue.annexIIIPoint("5a").orElseThrow().reference()).isEqualTo("Annex III 5(a)");
        assertThat(catalogue.annexIIIPoint("2").orElseThrow().reference()).isEqualTo("Annex III 2");
        assertThat(catalogue.annexIIIPoint("5a").orElseThrow().label()).contains("Wohngeld");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Art. 4, 2025-02-02, true",
            "Art. 5, 2025-02-02, false",
            "Art. 16, 2027-12-02, false",
            "Art. 26(1), 2027-12-02, false",
            "Art. 26(2), 2027-12-02, false",
            "Art. 26(4), 2027-12-02, false",
            "Art. 26(5), 2027-12-02, false",
            "Art. 26(6), 2027-12-02, false",
            "Art. 26(7), 2027-12-02, false",
            "Art. 26(8), 2027-12-02, false",
            "Art. 26(9), 2027-12-02, false",
            "Art. 26(11), 2027-12-02, false",
            "Art. 27, 2027-12-02, false",
            "Art. 49(3), 2027-12-02, false",
            "Art. 86, 2027-12-02, false",
            "Art. 35 DSGVO, 2018-05-25, false",
            "Art. 6(4), 2027-12-02, false",
            "Art. 49(2), 2026-08-02, true",
            "Art. 50(1), 2026-08-02, false",
            "Art. 50(2), 2026-08-02, true",
            "Art. 50(3), 2026-08-02, false",
            "Art. 50(4), 2026-08-02, false",
            "Art. 95, 2026-08-02, false"})
    void obligationCatalogue(String article, LocalDate earliest, boolean verify) {
        Obligation obligation = catalogue.obligations().stream().filter(o -> o.article().equals(article))
                .findFirst().orElseThrow();
        assertThat(obligation.title()).isNotBlank();
        assertThat(obligation.rules().stream().map(ObligationRule::applicableFrom).min(LocalDate::compareTo))
                .contains(earliest);
        assertThat(obligation.verify() || obligation.rules().getFirst().verify()).isEqualTo(verify);
    }

    @Test
    void annexIObligationsApplyLater() {
        Obligation oversight = catalogue.obligations().stream().filter(o -> o.article().equals("Art. 26(2)"))
                .findFirst().orElseThrow();
        assertThat(oversight.rules()).extracting(ObligationRule::applicableFrom)
                .containsExactly(LocalDate.parse("2027-12-02"), LocalDate.parse("2028-08-02"));
    }

    @Test
    void rejectsDuplicateIdsAndMissingStructuralQuestions() {
        assertThatThrownBy(() -> parse(shippedYaml.replace("  - id: R2\n", "  - id: R1\n")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("Regelkatalog test.yaml ist ungültig")
                .hasMessageContaining("Frage R1: ID mehrfach vergeben")
                .hasMessageContaining("Frage R2 fehlt");
    }

    @Test
    void rejectsReferencesToMissingQuestions() {
        assertThatThrownBy(() -> parse(shippedYaml.replace("exception: P-d-x", "exception: P-d-y")))
                .hasMessageContaining("Frage P-d: Ausnahmefrage P-d-y existiert nicht");
    }

    @Test
    void rejectsUnknownFacts() {
        assertThatThrownBy(() -> parse(shippedYaml.replace("all: [MINIMAL_RISK]", "all: [MINIMAL_RISKY]")))
                .hasMessageContaining("Pflicht VOLUNTARY_CODES: unbekannte Tatsachen [MINIMAL_RISKY]");
        assertThatThrownBy(() -> parse(shippedYaml.replace("\"ANNEX_III:2\"", "\"ANNEX_III:9\"")))
                .hasMessageContaining("unbekannte Tatsachen [ANNEX_III:9]");
    }

    @Test
    void rejectsAnUnquotedVersion() {
        assertThatThrownBy(() -> parse(shippedYaml.replace("version: \"2026.1\"", "version: 2026.1")))
                .hasMessageContaining("Katalog.version: Text erwartet");
    }

    @Test
    void rejectsMisspelledFields() {
        assertThatThrownBy(() -> parse(shippedYaml.replaceFirst("applicableFrom: 2025-02-02",
                "applicablefrom: 2025-02-02")))
                .hasMessageContaining("unbekannte Felder [applicablefrom]")
                .hasMessageContaining("applicableFrom: Datum im Format JJJJ-MM-TT erwartet");
    }

    @Test
    void rejectsH3ChoicesThatDoNotMatchAnnexIII() {
        assertThatThrownBy(() -> parse(shippedYaml.replace("\"8a\", \"8b\", \"none\"", "\"8a\", \"none\"")))
                .hasMessageContaining("Frage H3: Auswahl muss genau die Anhang-III-Punkte");
    }

    @Test
    void rejectsMissingEffects() {
        assertThatThrownBy(() -> parse(shippedYaml.replace(
                "      unsure: \"Unklar, ob ein KI-System vorliegt: Prüffragen D1a bis D1c folgen.\"\n", "")))
                .hasMessageContaining("Frage D1: Wirkung fehlt für Antworten [unsure]");
    }

    @Test
    void rejectsInvalidYaml() {
        assertThatThrownBy(() -> parse("questions: [")).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("kein lesbares YAML");
        assertThatThrownBy(() -> parse("- just a list")).hasMessageContaining("Katalog: Objekt erwartet");
    }

    @Test
    void startsWithTheShippedCatalogue() {
        new ApplicationContextRunner().withUserConfiguration(CatalogueConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed().getBean(Catalogue.class)
                        .extracting(Catalogue::version).isEqualTo("2026.1"));
    }

    @Test
    void refusesToStartWithAnInvalidCatalogue(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("catalogue.yaml");
        Files.writeString(broken, shippedYaml.replace("  - id: W1\n", "  - id: W2\n"));
        new ApplicationContextRunner().withUserConfiguration(CatalogueConfiguration.class)
                .withPropertyValues("kiregister.classification.catalogue=" + broken.toUri())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().isInstanceOf(InvalidCatalogueException.class)
                        .hasMessageContaining("Frage W1 fehlt"));
        new ApplicationContextRunner().withUserConfiguration(CatalogueConfiguration.class)
                .withPropertyValues("kiregister.classification.catalogue=" + dir.resolve("missing.yaml").toUri())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("Datei nicht gefunden"));
    }

    private static Question question(String id) {
        return catalogue.question(id).orElseThrow();
    }

    private static Catalogue parse(String yaml) {
        return CatalogueLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
