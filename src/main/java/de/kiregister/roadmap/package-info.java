/**
 * Roadmap and portfolio: milestones and monthly status reports per use case, the prioritisation score with the
 * weights ADMIN keeps, the CAIO's roadmap by quarter and portfolio dashboard, and their XLSX and PDF exports.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "register", "classification", "dialogue" })
@NullMarked
package de.kiregister.roadmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
