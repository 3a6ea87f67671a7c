/**
 * The Spezifikationsdialog: review rounds in which Verwaltung, Personalrat and IT decide the items (Prüfpunkte) of
 * a use case before it goes into pilot or production (rules 3, 5, 6, 7 and 22–26 of docs/rules.md). Entry points are
 * {@link de.kiregister.dialogue.Dialogues} and the events {@link de.kiregister.dialogue.DialogueItemsPending}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "register", "classification" })
@NullMarked
package de.kiregister.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
