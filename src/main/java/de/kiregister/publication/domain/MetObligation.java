package de.kiregister.publication.domain;

/** An obligation of the AI Act or the GDPR the city has fulfilled for the use case, as published. */
public record MetObligation(String code, String article, String title) {

    /** Impact assessments in the sense of the Dutch standard's "impacttoetsen": FRIA (Art. 27) and DPIA. */
    public boolean impactAssessment() {
        return "FRIA".equals(code) || "DPIA".equals(code);
    }
}
