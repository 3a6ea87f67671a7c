package de.kiregister.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content fingerprints: what was reviewed or assessed can later be told apart from what is there now. */
public final class Fingerprints {

    /** Joins the parts unambiguously: the unit separator does not occur in text people type. */
    private static final String SEPARATOR = "\u001f";

    private Fingerprints() {
    }

    /** SHA-256 of the parts, as 64 lower-case hex digits. */
    public static String sha256(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
