package de.kiregister.register.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseDetails;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The create/edit form. Validation lives here, at the edge; the entity is never bound to a request. */
class UseCaseForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String title;

    @NotBlank
    @Size(max = 2000)
    private @Nullable String summary;

    @NotBlank
    @Size(max = 4000)
    private @Nullable String purpose;

    @Size(max = 4000)
    private @Nullable String expectedBenefit;

    @NotNull
    private @Nullable UUID departmentId;

    @NotBlank
    private @Nullable String ownerUsername;

    @NotNull
    private @Nullable StrategicGoal strategicGoal;

    @NotNull
    private @Nullable Category category;

    @NotNull
    private @Nullable Horizon horizon;

    @Size(max = 200)
    private @Nullable String vendor;

    @Size(max = 200)
    private @Nullable String product;

    @NotNull
    private @Nullable Hosting hosting;

    @Size(max = 200)
    private @Nullable String gpaiModelName;

    @Size(max = 200)
    private @Nullable String gpaiModelProvider;

    @NotNull
    private @Nullable PersonalData personalData;

    private Set<AffectedGroup> affectedGroups = EnumSet.noneOf(AffectedGroup.class);

    @NotNull
    private @Nullable AutomationLevel automationLevel;

    @Size(max = 4000)
    private @Nullable String humanOversight;

    @Size(max = 2000)
    private @Nullable String legalBasis;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal oneOffCost;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal yearlyCost;

    @Min(0)
    @Max(1_000_000)
    private @Nullable Integer personDays;

    @Min(0)
    @Max(100_000_000)
    private @Nullable Integer hoursSavedPerYear;

    /** The version the user started editing from; a different current version means someone else saved. */
    private long version;

    static UseCaseForm of(UseCase useCase) {
        UseCaseDetails d = useCase.details();
        UseCaseForm form = new UseCaseForm();
        form.title = d.title();
        form.summary = d.summary();
        form.purpose = d.purpose();
        form.expectedBenefit = d.expectedBenefit();
        form.departmentId = useCase.department().id();
        form.ownerUsername = useCase.ownerUsername();
        form.strategicGoal = d.strategicGoal();
        form.category = d.category();
        form.horizon = d.horizon();
        form.vendor = d.vendor();
        form.product = d.product();
        form.hosting = d.hosting();
        form.gpaiModelName = d.gpaiModelName();
        form.gpaiModelProvider = d.gpaiModelProvider();
        form.personalData = d.personalData();
        form.affectedGroups = d.affectedGroups().isEmpty() ? EnumSet.noneOf(AffectedGroup.class)
                : EnumSet.copyOf(d.affectedGroups());
        form.automationLevel = d.automationLevel();
        form.humanOversight = d.humanOversight();
        form.legalBasis = d.legalBasis();
        form.oneOffCost = d.oneOffCost();
        form.yearlyCost = d.yearlyCost();
        form.personDays = d.personDays();
        form.hoursSavedPerYear = d.hoursSavedPerYear();
        form.version = useCase.version();
        return form;
    }

    /** Only called after validation passed, so the required fields are present. */
    @SuppressWarnings("NullAway")
    UseCaseDetails toDetails() {
        return new UseCaseDetails(title, summary, purpose, expectedBenefit, strategicGoal, category, horizon, vendor,
                product, hosting, gpaiModelName, gpaiModelProvider, personalData, affectedGroups, automationLevel,
                humanOversight, legalBasis, oneOffCost, yearlyCost, personDays, hoursSavedPerYear);
    }

    // Accessors for data binding.

    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable String getSummary() { return summary; }
    public void setSummary(@Nullable String summary) { this.summary = summary; }
    public @Nullable String getPurpose() { return purpose; }
    public void setPurpose(@Nullable String purpose) { this.purpose = purpose; }
    public @Nullable String getExpectedBenefit() { return expectedBenefit; }
    public void setExpectedBenefit(@Nullable String expectedBenefit) { this.expectedBenefit = expectedBenefit; }
    public @Nullable UUID getDepartmentId() { return departmentId; }
    public void setDepartmentId(@Nullable UUID departmentId) { this.departmentId = departmentId; }
    public @Nullable String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(@Nullable String ownerUsername) { this.ownerUsername = ownerUsername; }
    public @Nullable StrategicGoal getStrategicGoal() { return strategicGoal; }
    public void setStrategicGoal(@Nullable StrategicGoal strategicGoal) { this.strategicGoal = strategicGoal; }
    public @Nullable Category getCategory() { return category; }
    public void setCategory(@Nullable Category category) { this.category = category; }
    public @Nullable Horizon getHorizon() { return horizon; }
    public void setHorizon(@Nullable Horizon horizon) { this.horizon = horizon; }
    public @Nullable String getVendor() { return vendor; }
    public void setVendor(@Nullable String vendor) { this.vendor = vendor; }
    public @Nullable String getProduct() { return product; }
    public void setProduct(@Nullable String product) { this.product = product; }
    public @Nullable Hosting getHosting() { return hosting; }
    public void setHosting(@Nullable Hosting hosting) { this.hosting = hosting; }
    public @Nullable String getGpaiModelName() { return gpaiModelName; }
    public void setGpaiModelName(@Nullable String gpaiModelName) { this.gpaiModelName = gpaiModelName; }
    public @Nullable String getGpaiModelProvider() { return gpaiModelProvider; }
    public void setGpaiModelProvider(@Nullable String gpaiModelProvider) { this.gpaiModelProvider = gpaiModelProvider; }
    public @Nullable PersonalData getPersonalData() { return personalData; }
    public void setPersonalData(@Nullable PersonalData personalData) { this.personalData = personalData; }
    public Set<AffectedGroup> getAffectedGroups() { return affectedGroups; }
    public void setAffectedGroups(@Nullable Set<AffectedGroup> affectedGroups) {
        this.affectedGroups = affectedGroups == null || affectedGroups.isEmpty()
                ? EnumSet.noneOf(AffectedGroup.class) : EnumSet.copyOf(affectedGroups);
    }
    public @Nullable AutomationLevel getAutomationLevel() { return automationLevel; }
    public void setAutomationLevel(@Nullable AutomationLevel automationLevel) { this.automationLevel = automationLevel; }
    public @Nullable String getHumanOversight() { return humanOversight; }
    public void setHumanOversight(@Nullable String humanOversight) { this.humanOversight = humanOversight; }
    public @Nullable String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(@Nullable String legalBasis) { this.legalBasis = legalBasis; }
    public @Nullable BigDecimal getOneOffCost() { return oneOffCost; }
    public void setOneOffCost(@Nullable BigDecimal oneOffCost) { this.oneOffCost = oneOffCost; }
    public @Nullable BigDecimal getYearlyCost() { return yearlyCost; }
    public void setYearlyCost(@Nullable BigDecimal yearlyCost) { this.yearlyCost = yearlyCost; }
    public @Nullable Integer getPersonDays() { return personDays; }
    public void setPersonDays(@Nullable Integer personDays) { this.personDays = personDays; }
    public @Nullable Integer getHoursSavedPerYear() { return hoursSavedPerYear; }
    public void setHoursSavedPerYear(@Nullable Integer hoursSavedPerYear) { this.hoursSavedPerYear = hoursSavedPerYear; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
