package de.kiregister.publication.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.kiregister.shared.web.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The open data as CSV: the columns and codes of {@link OpenDataRecord} (lists joined with {@code " | "}),
 * semicolon-separated with a BOM as German spreadsheets expect, every cell neutralised against formula injection.
 */
final class OpenDataCsv {

    static final List<String> HEADER = List.of("source_id", "name", "description_short", "organization",
            "department", "department_code", "status", "phase", "begin_date", "end_date", "contact_email", "url",
            "goal", "benefit", "strategic_goal", "ai_category", "risk_tier", "human_intervention",
            "automation_level", "lawful_basis", "provider", "product", "methods_and_models", "hosting",
            "personal_data", "affected_groups", "impacttoetsen", "obligations_met", "withheld", "version",
            "first_published_at", "published_at", "lang");

    private OpenDataCsv() {
    }

    static void write(Writer writer, List<OpenDataRecord> records) throws IOException {
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(HEADER);
            for (OpenDataRecord r : records) {
                csv.printRecord(cells(r.sourceId(), r.name(), r.descriptionShort(), r.organization(), r.department(),
                        r.departmentCode(), r.status(), r.phase().name(), r.beginDate(), r.endDate(),
                        r.contactEmail(), r.url(), r.goal(), r.benefit(), r.strategicGoal(), r.aiCategory(),
                        r.riskTier(), r.humanIntervention(), r.automationLevel(), r.lawfulBasis(), r.provider(),
                        r.product(), r.methodsAndModels(), r.hosting(), r.personalData(), join(r.affectedGroups()),
                        join(r.impactAssessments()), r.obligationsMet() == null ? null : join(r.obligationsMet()
                                .stream().map(o -> o.code() + " (" + o.article() + ")").toList()),
                        withheld(r.withheld()), String.valueOf(r.version()), r.firstPublishedAt(), r.publishedAt(),
                        r.lang()));
            }
        }
    }

    private static List<String> cells(@Nullable String... values) {
        return java.util.Arrays.stream(values).map(CsvCells::safe).toList();
    }

    private static @Nullable String join(@Nullable List<String> values) {
        return values == null ? null : String.join(" | ", values);
    }

    private static String withheld(Map<String, String> withheld) {
        return withheld.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" | "));
    }
}
