/**
 * The public transparency register: versioned publications of use cases chosen field by field by KI-Hub, the public
 * pages {@code /register}, open data (CSV, JSON) and an Atom feed, all read from the publication's own snapshots.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "register", "classification" })
@NullMarked
package de.kiregister.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
