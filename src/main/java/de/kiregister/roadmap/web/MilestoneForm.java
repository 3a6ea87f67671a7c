package de.kiregister.roadmap.web;

import java.time.LocalDate;

import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.domain.Milestone;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Create and edit form of a milestone; the entity is never bound to a request. */
class MilestoneForm {

    @NotNull
    private @Nullable MilestoneType type;

    @Size(max = 200)
    private @Nullable String name;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate plannedDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate forecastDate;

    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate actualDate;

    @Size(max = 2000)
    private @Nullable String note;

    private long version;

    static MilestoneForm of(Milestone m) {
        MilestoneForm form = new MilestoneForm();
        form.type = m.type();
        form.name = m.name();
        form.plannedDate = m.plannedDate();
        form.forecastDate = m.forecastDate();
        form.status = m.status();
        form.actualDate = m.actualDate();
        form.note = m.note();
        form.version = m.version();
        return form;
    }

    public @Nullable MilestoneType getType() {
        return type;
    }

    public void setType(@Nullable MilestoneType type) {
        this.type = type;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(@Nullable LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public @Nullable LocalDate getForecastDate() {
        return forecastDate;
    }

    public void setForecastDate(@Nullable LocalDate forecastDate) {
        this.forecastDate = forecastDate;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable MilestoneStatus status) {
        this.status = status == null ? MilestoneStatus.PLANNED : status;
    }

    public @Nullable LocalDate getActualDate() {
        return actualDate;
    }

    public void setActualDate(@Nullable LocalDate actualDate) {
        this.actualDate = actualDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
