package de.kiregister.roadmap.web;

import java.util.UUID;

import de.kiregister.roadmap.TrafficLight;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The monthly status report form. The month comes as {@code 2026-11} (an input of type month). */
class ReportForm {

    @NotBlank
    @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])")
    private @Nullable String month;

    @NotNull
    private @Nullable TrafficLight trafficLight;

    @NotNull
    @Min(0)
    @Max(100)
    private @Nullable Integer progress;

    @NotBlank
    @Size(max = 4000)
    private @Nullable String summary;

    @Size(max = 4000)
    private @Nullable String risks;

    @Size(max = 4000)
    private @Nullable String nextSteps;

    /** Filing a correction of this report (the month's current one); null for a new report. */
    private @Nullable UUID correctedReport;

    public @Nullable String getMonth() {
        return month;
    }

    public void setMonth(@Nullable String month) {
        this.month = month;
    }

    public @Nullable TrafficLight getTrafficLight() {
        return trafficLight;
    }

    public void setTrafficLight(@Nullable TrafficLight trafficLight) {
        this.trafficLight = trafficLight;
    }

    public @Nullable Integer getProgress() {
        return progress;
    }

    public void setProgress(@Nullable Integer progress) {
        this.progress = progress;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getRisks() {
        return risks;
    }

    public void setRisks(@Nullable String risks) {
        this.risks = risks;
    }

    public @Nullable String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(@Nullable String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public @Nullable UUID getCorrectedReport() {
        return correctedReport;
    }

    public void setCorrectedReport(@Nullable UUID correctedReport) {
        this.correctedReport = correctedReport;
    }
}
