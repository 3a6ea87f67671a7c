package de.kiregister.register.web;

import java.util.Comparator;
import java.util.List;

import de.kiregister.identity.CurrentUser;
import de.kiregister.register.StartPageTasks;
import de.kiregister.register.StartPageTasks.TaskGroup;
import de.kiregister.register.domain.UseCaseService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page per role: the tasks other modules know for the signed-in user (pending decisions, missing status
 * reports, overdue milestones, through the {@link StartPageTasks} port), my use cases and what changed recently.
 */
@Controller
class HomeController {

    private final UseCaseService useCases;
    private final ObjectProvider<StartPageTasks> tasks;

    HomeController(UseCaseService useCases, ObjectProvider<StartPageTasks> tasks) {
        this.useCases = useCases;
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("taskGroups", tasks.orderedStream().flatMap(source -> source.tasksOfCurrentUser().stream())
                .sorted(Comparator.comparingInt(TaskGroup::order)).toList());
        model.addAttribute("myUseCases", CurrentUser.username().map(useCases::ownedBy).orElse(List.of()));
        model.addAttribute("recent", useCases.recentlyChanged());
        return "home";
    }
}
