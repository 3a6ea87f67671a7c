/**
 * The register of AI use cases: use cases with their lifecycle, departments (Fachämter), search and export.
 * Other modules refer to a use case by its reference code ({@code KI-2026-014}).
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit" })
@NullMarked
package de.kiregister.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
