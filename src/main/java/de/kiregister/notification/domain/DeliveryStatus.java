package de.kiregister.notification.domain;

/** What became of a message in the outbox. */
public enum DeliveryStatus {

    /** The SMTP server accepted it. */
    SENT,

    /** No SMTP server is configured ({@code spring.mail.host}); the outbox is all there is. */
    NOT_SENT_NO_SMTP,

    /** The SMTP server refused it or could not be reached. */
    FAILED
}
