/**
 * Audit trail: Hibernate Envers revisions with the acting user, and field-level change history of any audited
 * entity via {@link de.kiregister.audit.EntityHistory}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package de.kiregister.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
