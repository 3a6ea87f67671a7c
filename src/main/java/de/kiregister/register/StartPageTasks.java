package de.kiregister.register;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What another module asks the signed-in user to do, for the start page (pending decisions, missing status
 * reports, overdue milestones). The register defines the port and renders it; the modules that know the tasks
 * implement it, so the register depends on none of them (as with {@link PhaseGuard}).
 */
public interface StartPageTasks {

    /** The task groups of the current user; a group without tasks is shown with its empty text. */
    List<TaskGroup> tasksOfCurrentUser();

    /**
     * @param order position on the page, ascending
     * @param headingKey message key of the section heading
     * @param emptyKey message key shown when there is nothing to do
     * @param total how many tasks there are in all (the list may show only the first)
     * @param allPath where the whole list is, {@code null} if the tasks shown are all
     */
    record TaskGroup(int order, String id, String headingKey, String emptyKey, List<Notice> tasks, long total,
            @Nullable String allPath) {

        public TaskGroup {
            tasks = List.copyOf(tasks);
        }
    }
}
