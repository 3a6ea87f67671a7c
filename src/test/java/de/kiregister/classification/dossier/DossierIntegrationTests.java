package de.kiregister.classification.dossier;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static de.kiregister.test.PdfText.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.Classification;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.classification.assessment.AssessmentService;
import de.kiregister.classification.obligation.ObligationService;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.NotFoundException;
import de.kiregister.test.IntegrationTest;
import de.kiregister.test.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The classification dossier, rendered to a real PDF and read back with PDFBox. */
@IntegrationTest
class DossierIntegrationTests {

    private static final String KI_HUB = "it-dossier-kihub";
    private static final String OWNER = "it-dossier-owner";
    private static final String RATIONALE = "Wohngeld ist eine öffentliche Leistung; Übersetzung und Straße, "
            + "geprüft <script>alert(1)</script> & „Zitat“";

    @Autowired
    DossierService dossiers;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    ObligationService obligations;

    @Autowired
    Classification classification;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    private String reference;
    private String title;
    private String department;

    @BeforeEach
    void aUseCase() {
        users.createIfMissing(KI_HUB, "Kim Dossier", "dossier-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Dossier", "dossier-owner@test", "geheim-geheim",
                Set.of(Role.PROJECT_OWNER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KI_HUB, null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        String marker = "D" + UUID.randomUUID().toString().substring(0, 8);
        department = "Dossieramt " + marker;
        UUID departmentId = departments.createIfMissing("DOS-" + marker, department).id();
        title = "Wohngeld-Vorprüfung " + marker;
        reference = useCases.register(AssessmentFixtures.details(title, "Anträge vorprüfen"), departmentId, OWNER)
                .reference();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private byte[] pdf() {
        return dossiers.pdf(dossiers.of(reference));
    }

    @Test
    void theDossierSpellsOutTheCurrentClassification() {
        assessments.assess(reference, WOHNGELD, Map.of("H3", RATIONALE));
        String fria = obligations.of(reference).stream().filter(t -> t.obligation().article().equals("Art. 27"))
                .findFirst().orElseThrow().obligation().code();
        obligations.record(reference, fria, ObligationState.DONE, null, "DSFA-Bericht im Intranet",
                LocalDate.of(2027, 6, 30));

        String text = PdfText.of(pdf());

        assertThat(text).contains("Einstufungsdossier", reference, title, "Fachamt " + department, "Phase Idee");
        assertThat(text).contains("Risikostufe Hochrisiko");
        assertThat(text).contains("Annex III 5(a)");
        assertThat(text).contains("Betreiber");
        assertThat(text).contains("Personalrat zu beteiligen ja");
        String h3 = classification.catalogue().question("H3").orElseThrow().text().de();
        assertThat(text).contains("H3: " + h3);
        assertThat(compact(text)).contains(compact(RATIONALE));
        // The explanation with its legal references.
        assertThat(text).contains("Herleitung", "H3 Art. 6(2), Annex III 5(a)");
        assertThat(text).contains("Art. 27", "02.12.2027", "erledigt", "DSFA-Bericht im Intranet", "30.06.2027");
        assertThat(text).contains("Regelkatalog " + classification.catalogue().version());
        assertThat(text).contains("Eingestuft von " + KI_HUB);
        assertThat(text).contains("Erstellt am ", "von Kim Dossier (" + KI_HUB + ")");
        assertThat(text).contains("Alle Einstufungen", "aktuell");
        assertThat(text).doesNotContain("Nicht eingestuft", "??");
    }

    @Test
    void markupInARationaleIsTextAndUmlautsSurvive() {
        assessments.assess(reference, WOHNGELD, Map.of("H3", RATIONALE));

        String text = PdfText.of(pdf());

        assertThat(compact(text)).contains("<script>alert(1)</script>");
        assertThat(text).contains("öffentliche", "Übersetzung", "Straße", "„Zitat“", "&");
    }

    @Test
    void aPdfUaTaggedA4DocumentInGermanWithATitle() throws IOException {
        assessments.assess(reference, WOHNGELD, Map.of());

        try (PDDocument document = Loader.loadPDF(pdf())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    offset(1f));
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "Einstufungsdossier " + reference + ": " + title);
            // Page numbers in the footer: "Seite 1 von N".
            assertThat(PdfText.of(document)).contains("Seite 1 von " + document.getNumberOfPages());
        }
    }

    @Test
    void aStaleAssessmentSaysWhatChangedAndTheHistoryListsEveryAssessment() {
        assessments.assess(reference, WOHNGELD, Map.of());
        assessments.assess(reference, MINIMAL, Map.of());
        assertThat(assessmentService.markStale(reference, Set.of("purpose"))).isTrue();

        Dossier dossier = dossiers.of(reference);
        assertThat(dossier.history()).hasSize(2);
        String text = PdfText.of(dossiers.pdf(dossier));

        assertThat(text).contains("Risikostufe Minimales Risiko");
        assertThat(text).contains("Einstufung veraltet", "Geändert: Zweck");
        assertThat(text).contains("Hochrisiko", "ersetzt", "veraltet");
        // The superseded high-risk assessment's FRIA is no obligation any more.
        assertThat(text).doesNotContain("Art. 27");
    }

    @Test
    void aUseCaseNeverClassifiedGetsADossierSayingSo() {
        Dossier dossier = dossiers.of(reference);
        assertThat(dossier.current()).isNull();

        String text = PdfText.of(dossiers.pdf(dossier));

        assertThat(text).contains(reference, title, "Nicht eingestuft");
        assertThat(text).doesNotContain("Herleitung", "Risikostufe Hochrisiko");
        assertThat(dossier.fileName()).isEqualTo("Einstufungsdossier-" + reference + ".pdf");
    }

    @Test
    void anUnknownUseCaseHasNoDossier() {
        assertThatThrownBy(() -> dossiers.of("KI-2099-999")).isInstanceOf(NotFoundException.class);
    }
}
