package de.kiregister.roadmap.web;

import java.util.Map;

import de.kiregister.shared.DomainRuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a rule violation's German message at the field it is about, or above the form when it has none. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void reject(BindingResult binding, DomainRuleViolation e, Map<String, String> fieldsByKeyPrefix) {
        for (Map.Entry<String, String> entry : fieldsByKeyPrefix.entrySet()) {
            if (e.messageKey().startsWith(entry.getKey())) {
                binding.rejectValue(entry.getValue(), e.messageKey(), e.arguments(), e.messageKey());
                return;
            }
        }
        binding.reject(e.messageKey(), e.arguments(), e.messageKey());
    }
}
