package de.kiregister.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** WCAG 2.1 AA checks of the page as the browser shows it right now, with axe-core. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /**
     * Fails when axe-core finds a WCAG 2.0/2.1 A or AA violation of impact "serious" or "critical" on the current
     * page, listing rule, impact, help text and the selectors of every offending element.
     */
    public static void assertNoSeriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored())
                .as("axe-core could not analyse %s: %s", page.url(), results.getErrorMessage())
                .isFalse();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!serious.isEmpty()) {
            fail("Serious or critical accessibility violations (WCAG 2.1 AA) on %s:%n%s", page.url(),
                    describe(serious));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " ("
                        + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(Accessibility::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? ""
                : " – " + node.getFailureSummary().strip()
                        .replaceAll(":\\s*\\n\\s*", ": ").replaceAll("\\s*\\n\\s*", "; ");
        return "    " + node.getTarget() + summary;
    }
}
