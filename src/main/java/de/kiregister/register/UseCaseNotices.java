package de.kiregister.register;

import java.util.List;

/**
 * Warnings another module has about one use case, shown on its overview (a missing status report, overdue
 * milestones). Implemented by the modules that know them; the register only renders.
 */
public interface UseCaseNotices {

    List<Notice> noticesFor(String reference);
}
