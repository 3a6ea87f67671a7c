package de.kiregister.register.web;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntFunction;

import de.kiregister.register.domain.UseCaseRow;
import de.kiregister.shared.web.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;

/**
 * The register list as CSV (semicolon-separated with a BOM, as German Excel expects). Cells that a spreadsheet
 * would read as a formula ({@code = + - @}) are prefixed with an apostrophe (CSV injection).
 */
class UseCaseCsv {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    private final MessageSource messages;
    private final Locale locale;

    UseCaseCsv(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(Writer writer, IntFunction<Page<UseCaseRow>> pages) throws IOException {
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(text("csv.reference"), text("csv.title"), text("csv.summary"), text("csv.department"),
                    text("csv.phase"), text("csv.tier"), text("csv.goal"), text("csv.horizon"), text("csv.category"), text("csv.owner"),
                    text("csv.changedAt"));
            for (int number = 0;; number++) {
                Page<UseCaseRow> page = pages.apply(number);
                for (UseCaseRow row : page) {
                    csv.printRecord(safe(row.reference()), safe(row.title()), safe(row.summary()),
                            safe(row.department()), text("enum.Phase." + row.phase()), tier(row),
                            text("enum.StrategicGoal." + row.strategicGoal()), text("enum.Horizon." + row.horizon()),
                            text("enum.Category." + row.category()), safe(row.ownerUsername()),
                            DATE_TIME.format(row.changedAt()));
                }
                if (!page.hasNext()) {
                    break;
                }
            }
        }
    }

    private String tier(UseCaseRow row) {
        if (row.tier() == null) {
            return text("usecases.tier.none");
        }
        String tier = text("enum.RiskTier." + row.tier());
        return row.tierStale() ? tier + " (" + text("classification.status.stale") + ")" : tier;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    static String safe(String value) {
        return CsvCells.safe(value);
    }
}
