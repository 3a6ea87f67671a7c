package de.kiregister.identity.oidc;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Single sign-on is on exactly when {@code kiregister.oidc.issuer-uri} has a value. An empty value counts as unset,
 * so a compose file can pass {@code KIREGISTER_OIDC_ISSUER_URI=} through without switching anything on.
 */
class IssuerConfigured implements Condition {

    static final String PROPERTY = "kiregister.oidc.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment().getProperty(PROPERTY, "").isBlank();
    }
}
