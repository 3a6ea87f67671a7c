package de.kiregister.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import de.kiregister.test.IntegrationTest;
import de.kiregister.test.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared PDF renderer with the test template {@code pdf/renderer-test}: messages in the given locale, Spring
 * beans, escaped text, the embedded font.
 */
@IntegrationTest
class PdfRendererTests {

    @Autowired
    PdfRenderer renderer;

    private byte[] render(String text, Locale locale) {
        return renderer.render("pdf/renderer-test", Map.of("text", text, "day", LocalDate.of(2027, 12, 2)), locale);
    }

    @Test
    void rendersMessagesBeansAndVariablesWithUmlautsIntoATaggedPdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(render("Übersetzung der Straße für Bürgerinnen", Locale.GERMAN))) {
            String text = PdfText.of(document);
            assertThat(text).contains("Pflichten", "Übersetzung der Straße für Bürgerinnen", "02.12.2027");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("KI-Register");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("NotoSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void theLocaleChoosesTheMessages() throws IOException {
        try (PDDocument document = Loader.loadPDF(render("x", Locale.ENGLISH))) {
            assertThat(PdfText.of(document)).contains("Obligations").doesNotContain("Pflichten");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void markupInVariablesStaysText() throws IOException {
        try (PDDocument document = Loader.loadPDF(render("<b>fett</b> <img src=\"http://example.org/x.png\"/> &amp;",
                Locale.GERMAN))) {
            assertThat(PdfText.of(document)).contains("<b>fett</b> <img src=\"http://example.org/x.png\"/> &amp;");
        }
    }
}
