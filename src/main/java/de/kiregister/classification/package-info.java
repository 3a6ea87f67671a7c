/**
 * EU AI Act classification: the versioned rule catalogue (questions, Annex III, obligations with dates) and the
 * evaluation of a set of answers into outcome, role, flags and obligations. Entry point is {@link Classification}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "register" })
@NullMarked
package de.kiregister.classification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
