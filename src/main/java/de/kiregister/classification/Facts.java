package de.kiregister.classification;

import de.kiregister.register.RiskTier;

import java.util.Set;

/**
 * The vocabulary of facts an evaluation establishes and obligation rules ({@link ObligationRule}) test. Fixed
 * facts are constants; parameterised facts are a prefix plus the practice, Annex III point or question id, e.g.
 * {@code PRACTICE:5(1)(f)}, {@code ANNEX_III:2}, {@code TRANSPARENCY:T1}.
 */
public final class Facts {

    /** An AI system in scope that may be used: outcome HIGH_RISK, HIGH_RISK_EXEMPT, LIMITED_RISK or MINIMAL_RISK. */
    public static final String AI_SYSTEM = "AI_SYSTEM";
    public static final String PROHIBITED = "PROHIBITED";
    /** RiskTier HIGH_RISK, on any basis. */
    public static final String HIGH_RISK = "HIGH_RISK";
    public static final String HIGH_RISK_ANNEX_I = "HIGH_RISK_ANNEX_I";
    public static final String HIGH_RISK_ANNEX_III = "HIGH_RISK_ANNEX_III";
    public static final String HIGH_RISK_EXEMPT = "HIGH_RISK_EXEMPT";
    public static final String LIMITED_RISK = "LIMITED_RISK";
    public static final String MINIMAL_RISK = "MINIMAL_RISK";
    /** The city is provider (R1 or R3). */
    public static final String PROVIDER = "PROVIDER";
    /** The city uses the system itself (R2), or is not provider: deployer duties apply. */
    public static final String DEPLOYER = "DEPLOYER";
    public static final String WORKPLACE = "WORKPLACE";
    public static final String GPAI = "GPAI";
    public static final String AUTOMATION_BLOCKED = "AUTOMATION_BLOCKED";

    public static final String PRACTICE_PREFIX = "PRACTICE:";
    public static final String ANNEX_III_PREFIX = "ANNEX_III:";
    public static final String TRANSPARENCY_PREFIX = "TRANSPARENCY:";

    public static final Set<String> FIXED = Set.of(AI_SYSTEM, PROHIBITED, HIGH_RISK, HIGH_RISK_ANNEX_I,
            HIGH_RISK_ANNEX_III, HIGH_RISK_EXEMPT, LIMITED_RISK, MINIMAL_RISK, PROVIDER, DEPLOYER, WORKPLACE, GPAI,
            AUTOMATION_BLOCKED);

    private Facts() {
    }
}
