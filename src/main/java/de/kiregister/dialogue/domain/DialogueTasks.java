package de.kiregister.dialogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.kiregister.dialogue.Party;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Notice;
import de.kiregister.register.StartPageTasks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * "My pending decisions" on the start page: the items waiting for the user's parties, except on use cases the
 * user owns (rule 6: nobody decides their own), and for KI-Hub the Rückfragen waiting for an answer.
 */
@Component
class DialogueTasks implements StartPageTasks {

    static final int SHOWN = 10;

    private final Inbox inbox;

    DialogueTasks(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<TaskGroup> tasksOfCurrentUser() {
        Set<Party> parties = DialogueRights.partiesOfCurrentUser();
        boolean kiHub = CurrentUser.hasRole(Role.KI_HUB);
        if (parties.isEmpty() && !kiHub) {
            return List.of();
        }
        String me = CurrentUser.username().orElse("");
        // The oldest items are enough for the start page; the inbox has the rest. Items of the user's own use
        // cases (which they may not decide) are left out of the list, but counted: they wait all the same.
        Pageable first = PageRequest.of(0, Inbox.PAGE_SIZE);
        Page<Inbox.Entry> pending = inbox.pendingPage(parties, List.of(), first);
        List<Inbox.Entry> entries = new ArrayList<>(pending.getContent().stream()
                .filter(e -> !e.useCase().ownerUsername().equals(me)).toList());
        long total = pending.getTotalElements();
        if (kiHub) {
            Page<Inbox.Entry> questions = inbox.questionsPage(List.of(), first);
            entries.addAll(questions.getContent());
            total += questions.getTotalElements();
        }
        List<Notice> tasks = entries.stream().limit(SHOWN).map(e -> new Notice(e.useCase().reference(),
                e.useCase().title(), "home.tasks.decision", List.of(e.title(), e.ageDays()),
                "/inbox?useCase=" + e.useCase().reference())).toList();
        return List.of(new TaskGroup(10, "decisions", "home.tasks.decisions", "home.tasks.decisions.none", tasks,
                total, "/inbox"));
    }
}
