package de.kiregister.roadmap.domain;

import de.kiregister.roadmap.TrafficLight;
import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * What a monthly status report says. Validated here as invariants; the form validates first to put the messages
 * at the fields.
 */
public record ReportContent(TrafficLight trafficLight, int progress, String summary, @Nullable String risks,
        @Nullable String nextSteps) {

    public static final int MAX_TEXT = 4000;

    public ReportContent {
        if (progress < 0 || progress > 100) {
            throw new DomainRuleViolation("report.progress.range");
        }
        if (summary == null || summary.isBlank()) {
            throw new DomainRuleViolation("report.summary.required");
        }
        summary = limit(summary.strip());
        risks = risks == null || risks.isBlank() ? null : limit(risks.strip());
        nextSteps = nextSteps == null || nextSteps.isBlank() ? null : limit(nextSteps.strip());
    }

    private static String limit(String text) {
        if (text.length() > MAX_TEXT) {
            throw new DomainRuleViolation("report.text.tooLong", MAX_TEXT);
        }
        return text;
    }
}
