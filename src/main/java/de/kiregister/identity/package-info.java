/**
 * Users, roles and security: who may log in and do what. Exposes {@link de.kiregister.identity.Role} and
 * {@link de.kiregister.identity.UserDirectory} to the other modules.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package de.kiregister.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
