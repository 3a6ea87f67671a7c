package de.kiregister.classification.assessment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.UseCaseDetails;

/** Answer sets and use case facts shared by the assessment tests. */
public final class AssessmentFixtures {

    /** The Wohngeld assistant: Annex III 5(a), used by the city, chatbot duty, at the workplace: HIGH_RISK. */
    public static final Map<String, Object> WOHNGELD = Map.ofEntries(Map.entry("R1", false), Map.entry("R2", true),
            Map.entry("D1", true), Map.entry("S1", false), Map.entry("P-a", false), Map.entry("P-b", false),
            Map.entry("P-c", false), Map.entry("P-d", false), Map.entry("P-e", false), Map.entry("P-f", false),
            Map.entry("P-g", false), Map.entry("P-h", false), Map.entry("P-ba", false), Map.entry("P-bb", false),
            Map.entry("H1", false), Map.entry("H3", "5a"), Map.entry("H4", false), Map.entry("H5", false),
            Map.entry("R3", false), Map.entry("T1", true), Map.entry("T2", false), Map.entry("T3", false),
            Map.entry("T4a", false), Map.entry("T4b", false), Map.entry("G1", true), Map.entry("A1", false),
            Map.entry("W1", true));

    /** The same system without an Annex III purpose and without a chatbot: MINIMAL_RISK. */
    public static final Map<String, Object> MINIMAL = minimal();

    private AssessmentFixtures() {
    }

    private static Map<String, Object> minimal() {
        Map<String, Object> answers = new HashMap<>(WOHNGELD);
        answers.put("H3", "none");
        answers.remove("H4");
        answers.remove("H5");
        answers.put("T1", false);
        return Map.copyOf(answers);
    }

    /** A copy with the given answers replaced ({@code null} values allowed: not answered). */
    public static Map<String, Object> with(Map<String, Object> answers, String id, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(answers);
        copy.put(id, value);
        return copy;
    }

    public static UseCaseDetails details(String title, String purpose) {
        return new UseCaseDetails(title, "Kurzbeschreibung", purpose, null, StrategicGoal.CITIZEN_SERVICES,
                Category.CHATBOT, Horizon.SHORT_TERM, null, null, Hosting.EU_CLOUD, null, null,
                PersonalData.PERSONAL, Set.of(AffectedGroup.CITIZENS), AutomationLevel.ASSISTIVE, null, null, null,
                null, null, null);
    }
}
