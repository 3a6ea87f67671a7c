package de.kiregister.dialogue.web;

import java.util.List;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueRound;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Spezifikationsdialog" tab of a use case: the current round with its items by party, their decisions and
 * threads, earlier rounds; KI-Hub starts rounds and adds items here. Readable by every signed-in role.
 */
@Controller
class DialogueTabController {

    private final UseCaseDirectory useCases;
    private final DialogueService dialogues;

    DialogueTabController(UseCaseDirectory useCases, DialogueService dialogues) {
        this.useCases = useCases;
        this.dialogues = dialogues;
    }

    @GetMapping("/use-cases/{reference}/dialogue")
    String tab(@PathVariable String reference, Model model) {
        UseCaseSnapshot useCase = useCase(reference);
        List<DialogueRound> rounds = dialogues.rounds(reference);
        model.addAttribute("useCase", useCase);
        model.addAttribute("rounds", rounds);
        model.addAttribute("current", rounds.isEmpty() ? null : rounds.getFirst());
        model.addAttribute("parties", Party.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("contentVersion", dialogues.contentVersion(reference));
        model.addAttribute("mayStart", dialogues.mayStartRound(useCase));
        model.addAttribute("rights", dialogues.rights(useCase));
        return "dialogue/tab";
    }

    @PostMapping("/use-cases/{reference}/dialogue/rounds")
    String startRound(@PathVariable String reference, RedirectAttributes redirect) {
        useCase(reference);
        try {
            dialogues.startRound(reference);
            redirect.addFlashAttribute("success", "dialogue.round.started");
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("problem", Problem.of(e));
        }
        return "redirect:/use-cases/" + reference + "/dialogue";
    }

    @PostMapping("/use-cases/{reference}/dialogue/items")
    String addItem(@PathVariable String reference, @RequestParam(required = false) @Nullable String party,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description, RedirectAttributes redirect) {
        useCase(reference);
        try {
            dialogues.addItem(reference, Party.parse(party), title, description);
            redirect.addFlashAttribute("success", "dialogue.item.added");
            return "redirect:/use-cases/" + reference + "/dialogue";
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("newItem", new NewItemInput(party, title, description, Problem.of(e)));
            return "redirect:/use-cases/" + reference + "/dialogue#new-item";
        }
    }

    private UseCaseSnapshot useCase(String reference) {
        return useCases.findByReference(reference).orElseThrow(() -> new NotFoundException("use case " + reference));
    }
}
