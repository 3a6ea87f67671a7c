package de.kiregister.dialogue.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.kiregister.classification.Assessments;
import de.kiregister.dialogue.Party;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.UserDirectory;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.NotFoundException;
import de.kiregister.shared.pdf.PdfRenderer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protocol of a round of the Spezifikationsdialog as a PDF: the document the council and the staff council
 * file. Readable by every signed-in role, like the tab. German whatever the reader's language, as the items and
 * decisions are.
 */
@Service
public class ProtocolService {

    static final String TEMPLATE = "pdf/protocol";

    private final DialogueService dialogues;
    private final UseCaseDirectory useCases;
    private final Assessments assessments;
    private final UserDirectory users;
    private final PdfRenderer pdf;
    private final Clock clock;

    ProtocolService(DialogueService dialogues, UseCaseDirectory useCases, Assessments assessments,
            UserDirectory users, PdfRenderer pdf, Clock clock) {
        this.dialogues = dialogues;
        this.useCases = useCases;
        this.assessments = assessments;
        this.users = users;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Everything the protocol shows, read in one transaction so it is one consistent state.
     *
     * @throws NotFoundException when the use case or the round does not exist
     */
    @Transactional(readOnly = true)
    public Protocol of(String reference, int number) {
        UseCaseSnapshot useCase = useCases.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("use case " + reference));
        DialogueRound round = dialogues.rounds(reference).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("round " + number + " of " + reference));
        String by = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String generatedBy = users.findByUsername(by).map(u -> u.displayName() + " (" + u.username() + ")")
                .orElse(by);
        return new Protocol(useCase, assessments.current(reference).orElse(null), round,
                dialogues.contentVersion(reference), signatures(round), Instant.now(clock), generatedBy);
    }

    public byte[] pdf(Protocol protocol) {
        return pdf.render(TEMPLATE, Map.of("protocol", protocol, "parties", Party.values()), Locale.GERMAN);
    }

    private static List<Protocol.Signature> signatures(DialogueRound round) {
        record Key(Party party, String member) {
        }
        return round.sortedItems().stream()
                .flatMap(item -> item.decisions().stream().map(d -> Map.entry(new Key(item.party(), d.decidedBy()), d)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())))
                .entrySet().stream()
                .map(e -> new Protocol.Signature(e.getKey().party(), e.getKey().member(), e.getValue().size(),
                        e.getValue().stream().map(Decision::decidedAt).max(Comparator.naturalOrder()).orElseThrow()))
                .sorted(Comparator.comparing(Protocol.Signature::party).thenComparing(Protocol.Signature::member))
                .toList();
    }
}
