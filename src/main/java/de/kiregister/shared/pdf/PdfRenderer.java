package de.kiregister.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template written as XHTML (e.g. {@code pdf/dossier}) into a tagged PDF (PDF/UA mode of
 * openhtmltopdf, ADR-013). The template is processed by the application's own template engine, so
 * {@code #{…}} messages in the given locale and {@code @bean} references such as {@code @dates} work as on
 * pages; {@code @{…}} links do not, there is no request. Text is escaped by {@code th:text} as everywhere.
 * <p>
 * Noto Sans (regular and bold, SIL Open Font License) is embedded as the family {@value #FONT_FAMILY}, so
 * umlauts, ß and most European scripts survive; the PDF loads nothing from outside (no URLs, no files).
 */
@Component
public class PdfRenderer {

    /** The font family templates name in their CSS. */
    public static final String FONT_FAMILY = "Noto Sans";

    private static final String FONT_DIRECTORY = "pdf/fonts/";

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.regular = WoffFont.sfntFromClasspath(FONT_DIRECTORY + "NotoSans-Regular.woff");
        this.bold = WoffFont.sfntFromClasspath(FONT_DIRECTORY + "NotoSans-Bold.woff");
        // openhtmltopdf's logging is one static setting for the JVM; it prints to the console unless told otherwise.
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    /**
     * @param template template name as for a view, e.g. {@code pdf/dossier}; its output must be well-formed XHTML
     *        with a {@code <title>}, a {@code <meta name="subject">} and a {@code lang} (PDF/UA needs them)
     * @param variables the model the template reads
     * @param locale the language of {@code #{…}} messages
     * @return the PDF
     */
    public byte[] render(String template, Map<String, ?> variables, Locale locale) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        // Without it the template sees no Spring beans (@dates); null conversion service: the default one.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        String xhtml = templates.process(template, context);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                // Documents are self-contained: no image, style sheet or font is fetched from a URI.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("KI-Register")
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF from template " + template + " failed", e);
        }
        return pdf.toByteArray();
    }
}
