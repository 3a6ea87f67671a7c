package de.kiregister.identity.oidc;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in through the directory was refused. Each has its own page text ({@code login.refused.<reason>});
 * the error code travels in the {@code OAuth2AuthenticationException} from the user service to the failure handler.
 */
enum Refusal {
    /** None of the user's groups maps to a role: signed in at the directory, but no rights here. */
    NO_ROLE("no-role"),
    /** ADMIN disabled the account in KI-Register. */
    DISABLED("disabled"),
    /** A local account or another directory account already has this user name; it is never taken over silently. */
    NAME_TAKEN("name-taken"),
    /** The token carries no user name in the configured claim. */
    NO_USERNAME("no-username"),
    /** The directory could not be reached (discovery document). */
    UNAVAILABLE("unavailable"),
    /** Anything else: cancelled at the directory, an expired or forged answer, a failed token exchange. */
    FAILED("failed");

    private final String reason;

    Refusal(String reason) {
        this.reason = reason;
    }

    /** The value of {@code ?reason=} on the refusal page. */
    String reason() {
        return reason;
    }

    String errorCode() {
        return "kiregister_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Refusal> ofErrorCode(String errorCode) {
        return Arrays.stream(values()).filter(r -> r.errorCode().equals(errorCode)).findFirst();
    }

    static Optional<Refusal> ofReason(String reason) {
        return Arrays.stream(values()).filter(r -> r.reason.equals(reason)).findFirst();
    }
}
