package de.kiregister.dialogue;

import de.kiregister.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/** What a party member decides on an item; all but a plain approval need a text. */
public enum Verdict {

    APPROVE(ItemState.APPROVED, false),
    APPROVE_WITH_CONDITIONS(ItemState.APPROVED_WITH_CONDITIONS, true),
    QUESTION(ItemState.QUESTION, true),
    REJECT(ItemState.REJECTED, true);

    private final ItemState result;
    private final boolean needsText;

    Verdict(ItemState result, boolean needsText) {
        this.result = result;
        this.needsText = needsText;
    }

    /** The verdict chosen in a form; none or an unknown one is the user's mistake, told in German. */
    public static Verdict parse(@Nullable String name) {
        for (Verdict verdict : values()) {
            if (verdict.name().equals(name)) {
                return verdict;
            }
        }
        throw new DomainRuleViolation("dialogue.decision.verdictRequired");
    }

    public ItemState result() {
        return result;
    }

    /** Conditions, the question or the reason for the rejection. */
    public boolean needsText() {
        return needsText;
    }
}
