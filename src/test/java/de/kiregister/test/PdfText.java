package de.kiregister.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a generated PDF as PDFBox extracts it, for assertions on what a document says. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * All text of the PDF with every run of white space as one space: lines wrap wherever the layout breaks them.
     * Fails unless the bytes are a PDF.
     */
    public static String of(byte[] pdf) {
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public static String of(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** Without any white space: a narrow table cell wraps a long text wherever it fits. */
    public static String compact(String text) {
        return text.replaceAll("\\s", "");
    }
}
