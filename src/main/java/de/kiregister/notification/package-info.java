/**
 * Notifications: e-mails to the parties of the Spezifikationsdialog when items wait for them, and a daily reminder of
 * overdue items, all written to an outbox that ADMIN can read.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "dialogue" })
@NullMarked
package de.kiregister.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
