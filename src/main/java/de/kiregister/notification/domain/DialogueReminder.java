package de.kiregister.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.kiregister.dialogue.Dialogues;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.WaitingItem;
import de.kiregister.identity.UserDirectory;
import de.kiregister.identity.UserSummary;
import de.kiregister.shared.web.DateFormatting;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder of items that wait too long: each member of a party with such items gets one digest of them. The
 * cutoff is a parameter, so the schedule decides what "too long" means and tests need not wait days.
 */
@Component
class DialogueReminder {

    static final String LOCK = "dialogue-reminder";

    private static final Logger log = LoggerFactory.getLogger(DialogueReminder.class);

    /**
     * What one run did.
     *
     * @param overdueItems items waiting since before the cutoff, all parties
     * @param digests messages written (whatever became of them)
     * @param alreadyReminded members skipped because they got today's digest for the party already
     */
    record Run(int overdueItems, int digests, int alreadyReminded) {
    }

    private final Dialogues dialogues;
    private final UserDirectory users;
    private final MailTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    DialogueReminder(Dialogues dialogues, UserDirectory users, MailTexts texts, Outbox outbox, Clock clock) {
        this.dialogues = dialogues;
        this.users = users;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * {@link #remind} once across all instances: whoever takes the database lock first runs it, everyone else
     * (another instance, a second call) gets an empty result. The lock stays taken for at least five minutes, so
     * instances whose clocks differ by less than that do not run it again right after.
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public Optional<Run> remindOnce(Instant cutoff) {
        return Optional.of(remind(cutoff));
    }

    /**
     * Writes the digests of the items waiting since before the cutoff. A member who got today's digest for a party
     * (Berlin calendar day, any outcome) is skipped: a second run on the same day, after a restart or from an
     * instance whose clock is far off, sends nothing twice. Without the lock two simultaneous runs could both get
     * past this check; the lock is what makes a run single.
     */
    Run remind(Instant cutoff) {
        List<WaitingItem> overdue = dialogues.waitingSince(cutoff);
        Map<Party, List<WaitingItem>> byParty = overdue.stream().collect(Collectors.groupingBy(WaitingItem::party,
                () -> new EnumMap<>(Party.class), Collectors.toList()));
        Instant startOfToday = LocalDate.now(clock.withZone(DateFormatting.ZONE)).atStartOfDay(DateFormatting.ZONE)
                .toInstant();
        Deliveries deliveries = new Deliveries();
        int alreadyReminded = 0;
        for (Map.Entry<Party, List<WaitingItem>> entry : byParty.entrySet()) {
            Party party = entry.getKey();
            MailTexts.Mail mail = texts.reminder(party, entry.getValue());
            for (UserSummary member : users.usersWithRole(party.role())) {
                if (outbox.remindedSince(party, member.username(), startOfToday)) {
                    alreadyReminded++;
                } else {
                    deliveries.add(outbox.deliver(MessageKind.REMINDER, party, member, mail.subject(), mail.body()));
                }
            }
        }
        log.info("Dialogue reminder: {} overdue items for {} parties, {} digests ({}), {} already reminded today",
                overdue.size(), byParty.size(), deliveries.total(), deliveries, alreadyReminded);
        return new Run(overdue.size(), deliveries.total(), alreadyReminded);
    }
}
