/**
 * Shared kernel: the few types every module may use (domain rule violations, not-found signal) and the web and
 * database infrastructure (embedded PostgreSQL, error pages, locale). Kept deliberately small.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package de.kiregister.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
