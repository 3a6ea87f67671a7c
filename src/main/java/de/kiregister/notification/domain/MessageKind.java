package de.kiregister.notification.domain;

/** Why a message was written. */
public enum MessageKind {

    /** Items became pending for the recipient's party. */
    PENDING_ITEMS,

    /** The daily digest of the party's items that wait longer than the configured number of days. */
    REMINDER
}
